import type { Store } from '@iamgate/store';
import { PeriodicTask } from '../housekeeping/periodic-task.js';
import type { Logger } from '../logging/logger.js';

/** Options of `closedAccountSweeper`. */
export interface ClosedAccountSweeperOptions {
  /** How often to look for accounts due, in milliseconds; 0 turns it off. */
  intervalMs: number;
  /** How long a closed account's data is kept before it is deleted (its grace period). */
  retentionMs: number;
  /** Accounts purged per sweep at most. */
  batchSize: number;
  now: () => Date;
  logger: Logger;
}

/**
 * Deletes the data of accounts closed longer than their grace period (`IAMGATE_CLOSED_ACCOUNT_RETENTION_DAYS`, 90
 * by default, AWS's post-closure period), each in its own transaction (`accounts.purgeClosed`): their users, roles,
 * groups, policies, credentials, sessions and organization. The account row stays for good, so its id, root e-mail
 * and alias are never another's, and so does the audit log. Each instance sweeps on its own timer; two instances
 * purging the same account do it once (the second finds nothing due). A failed sweep is logged and tried again.
 */
export function closedAccountSweeper(
  store: Pick<Store, 'accounts'>,
  options: ClosedAccountSweeperOptions,
): PeriodicTask<string[]> {
  return new PeriodicTask(options.intervalMs, async () => {
    const { batchSize, retentionMs, now, logger } = options;
    const closedBefore = new Date(now().getTime() - retentionMs);
    try {
      const purged = await store.accounts.purgeClosed(closedBefore, batchSize);
      if (purged.length > 0) logger.info('closed accounts purged', { accounts: purged });
      return purged;
    } catch (error) {
      logger.warn('closed accounts not purged', { error });
      return [];
    }
  });
}
