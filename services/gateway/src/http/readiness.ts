import type { Store } from '@iamgate/store';
import type { SigningKeyRing } from '../tokens/signing-key-ring.js';

/** Why an instance is not ready. */
export type NotReadyReason = 'draining' | 'database' | 'signingKey';

/** The answer of a readiness check. */
export type ReadinessResult = { ready: true } | { ready: false; reason: NotReadyReason };

/**
 * Whether this instance should receive traffic, for `/readyz`: not while it drains for shutdown (so a load balancer
 * stops sending requests before the listener closes), and not when its database does not answer a trivial
 * statement within `timeoutMs`. Checked live on every call: a cached answer would say "ready" while the database
 * is gone.
 */
export class Readiness {
  private draining = false;

  constructor(
    private readonly store: Store,
    private readonly keys: SigningKeyRing,
    private readonly timeoutMs: number,
  ) {}

  /** From now on the instance reports itself not ready (it is shutting down). */
  drain(): void {
    this.draining = true;
  }

  /** Whether `drain` was called. */
  get isDraining(): boolean {
    return this.draining;
  }

  async check(): Promise<ReadinessResult> {
    if (this.draining) return { ready: false, reason: 'draining' };
    try {
      this.keys.signingKey();
    } catch {
      return { ready: false, reason: 'signingKey' };
    }
    try {
      await this.store.ping(this.timeoutMs);
    } catch {
      return { ready: false, reason: 'database' };
    }
    return { ready: true };
  }
}
