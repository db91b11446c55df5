import type { Decision } from '@iamgate/policy';
import type { PolicyUse, Repositories } from '@iamgate/store';
import { PeriodicTask } from '../housekeeping/periodic-task.js';
import type { Logger } from '../logging/logger.js';

/** Distinct policies held between flushes; past this a flush starts early (memory stays bounded). */
const MAX_PENDING = 10_000;

/**
 * Remembers which managed policies allowed requests, and by whom, and writes it to the store in one statement every
 * `intervalMs` (and when the gateway closes): `policies.lastUsed`, "policies' last used by whom". Recording costs a
 * map update per allowing managed policy, never a statement on the request's path; a use is lost only when the
 * process dies before its flush, which last-used data tolerates (AWS's lags by hours).
 */
export class PolicyUseRecorder {
  private pending = new Map<string, PolicyUse>();
  private readonly task: PeriodicTask<void>;

  constructor(
    private readonly store: Pick<Repositories, 'policies'>,
    intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.task = new PeriodicTask(intervalMs, () => this.write());
  }

  start(): void {
    this.task.start();
  }

  /** Notes the managed policies of the identity layer that allowed `decision` (managed policies' ids are ARNs). */
  note(decision: Decision, principalArn: string, action: string, at: Date): void {
    if (decision.decision !== 'Allow') return;
    for (const statement of decision.allowedBy) {
      const arn = statement.policyId;
      if (statement.layer !== 'identity' || !arn.startsWith('arn:') || !arn.includes(':policy/')) continue;
      const known = this.pending.get(arn);
      if (known !== undefined && known.at.getTime() >= at.getTime()) continue;
      this.pending.set(arn, { policyArn: arn, at, principalArn, action });
    }
    if (this.pending.size >= MAX_PENDING) void this.task.run();
  }

  /** Writes what is pending now (tests, shutdown). */
  flush(): Promise<void> {
    return this.task.run();
  }

  /** Stops the timer and writes what is pending. */
  async close(): Promise<void> {
    this.task.stop();
    await this.task.run();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const uses = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.store.policies.recordUses(uses);
    } catch (error) {
      this.logger.warn('policy last-used data not recorded', { error, policies: uses.length });
    }
  }
}
