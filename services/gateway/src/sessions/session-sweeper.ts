import type { Store } from '@iamgate/store';
import { PeriodicTask } from '../housekeeping/periodic-task.js';
import type { Logger } from '../logging/logger.js';

/** Options of `sessionSweeper`. */
export interface SessionSweeperOptions {
  /** How often to sweep, in milliseconds; 0 turns sweeping off. */
  intervalMs: number;
  /** How long an expired session is kept (for `listSessions` and investigations) before it is deleted. */
  retentionMs: number;
  /** Sessions deleted per statement. */
  batchSize: number;
  /** Statements per sweep at most, so that one sweep never holds the database for long. */
  maxBatches: number;
  now: () => Date;
  logger: Logger;
}

/**
 * Deletes sessions long expired, so that the sessions table holds what can still be used (plus `retentionMs`)
 * rather than every sign-in and role session ever issued: a workload assuming its role hourly and users signing in
 * daily would otherwise grow it, and every index on it, for ever. An expired session authenticates nothing (its token
 * expired with it), so deleting it changes no decision. Each instance sweeps on its own timer; deletes of the same
 * rows by several instances are harmless. A failed sweep is logged and tried again at the next interval.
 */
export function sessionSweeper(
  store: Pick<Store, 'sessions'>,
  options: SessionSweeperOptions,
): PeriodicTask<number> {
  return new PeriodicTask(options.intervalMs, async () => {
    const { batchSize, maxBatches, retentionMs, now, logger } = options;
    const before = new Date(now().getTime() - retentionMs);
    let deleted = 0;
    try {
      for (let batch = 0; batch < maxBatches; batch++) {
        const removed = await store.sessions.deleteExpired(before, batchSize);
        deleted += removed;
        if (removed < batchSize) break;
      }
    } catch (error) {
      logger.warn('expired sessions not deleted', { error, deleted });
      return deleted;
    }
    if (deleted > 0)
      logger.info('expired sessions deleted', { deleted, expiredBefore: before.toISOString() });
    return deleted;
  });
}
