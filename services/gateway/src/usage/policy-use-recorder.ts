import type { Decision } from '@iamgate/policy';
import type { PolicyUse, Repositories } from '@iamgate/store';
import type { Logger } from '../logging/logger.js';
import { BatchedWrites } from './batched-writes.js';

/** Distinct policies held between writes; past this a write starts early. */
const FLUSH_AT = 10_000;

/**
 * Remembers which managed policies allowed requests, and by whom, and writes it to the store in one statement every
 * `intervalMs` (and when the gateway closes): `policies.lastUsed`, "policies' last used by whom". Recording costs a
 * map update per allowing managed policy, never a statement on the request's path.
 */
export class PolicyUseRecorder {
  private readonly batch: BatchedWrites<PolicyUse>;

  constructor(store: Pick<Repositories, 'policies'>, intervalMs: number, logger: Logger) {
    this.batch = new BatchedWrites({
      name: 'policy last-used data',
      intervalMs,
      flushAt: FLUSH_AT,
      maxPending: 4 * FLUSH_AT,
      write: (uses) => store.policies.recordUses(uses),
      logger,
    });
  }

  start(): void {
    this.batch.start();
  }

  /** Notes the managed policies of the identity layer that allowed `decision` (managed policies' ids are ARNs). */
  note(decision: Decision, principalArn: string, action: string, at: Date): void {
    if (decision.decision !== 'Allow') return;
    for (const statement of decision.allowedBy) {
      const arn = statement.policyId;
      if (statement.layer !== 'identity' || !arn.startsWith('arn:') || !arn.includes(':policy/')) continue;
      const known = this.batch.get(arn);
      if (known !== undefined && known.at.getTime() >= at.getTime()) continue;
      this.batch.set(arn, { policyArn: arn, at, principalArn, action });
    }
  }

  /** Writes what is pending now (tests, shutdown). */
  flush(): Promise<void> {
    return this.batch.flush();
  }

  /** Stops the timer and writes what is pending. */
  close(): Promise<void> {
    return this.batch.close();
  }
}
