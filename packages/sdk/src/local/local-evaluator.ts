import { evaluate } from '@iamgate/policy';
import type { ClientCore } from '../client/client-core.js';
import { Freshness, type FreshnessState } from './freshness.js';
import type { LocalEvaluatorOptions } from './local-evaluator-options.js';
import type { AuthorizationInput, AuthorizationResult, EvaluatorPrincipal, PolicySet } from './ports.js';
import { SessionCache } from './session-cache.js';
import { SnapshotFollower } from './snapshot-follower.js';

/** What `status()` reports. */
export interface LocalEvaluatorStatus extends FreshnessState {
  /** `undefined` when decisions can be made, else why they are stale. */
  staleReason: string | undefined;
}

/**
 * Decisions in process, from the gateway's policy snapshot kept current by its revision subscription. It is the
 * middleware's `PolicySource`, `Authorizer` and `RevocationCheck` at once:
 * `createGate({ verifier: createTokenVerifier({ ..., revocation: evaluator }), authorizer: evaluator })`.
 */
export interface LocalEvaluator {
  /** Resolves once the first snapshot is loaded; rejects with the first failure to load it. */
  ready(): Promise<void>;
  /** The principal's current policies, or `undefined` (stale) when the evaluator cannot vouch for them. */
  policiesFor(principal: EvaluatorPrincipal): Promise<PolicySet | undefined>;
  /** Decides one request with `@iamgate/policy`, or answers `stale`: never an Allow from doubtful policies. */
  authorize(input: AuthorizationInput): Promise<AuthorizationResult>;
  /** Whether the principal's session was revoked; throws while stale, since the answer cannot be trusted. */
  isRevoked(principal: EvaluatorPrincipal): boolean;
  /** Where the evaluator stands: revisions, connection, staleness. */
  status(): LocalEvaluatorStatus;
  /** Stops following the gateway; later decisions are stale. */
  close(): Promise<void>;
}

type Lookup = { set: PolicySet } | { stale: string };

/** Creates and starts a local evaluator over a client's core (see `IamgateClient.localEvaluator`). */
export function createLocalEvaluator(core: ClientCore, options: LocalEvaluatorOptions = {}): LocalEvaluator {
  const now = core.context.now;
  const freshness = new Freshness(options.maxStalenessMs ?? 10_000, now);
  const follower = new SnapshotFollower(core, freshness, options);
  const sessions = new SessionCache((sessionId) => follower.loadSession(sessionId), options.maxSessions);
  let first: Promise<void> | undefined;

  const staleReason = (): string | undefined =>
    follower.isClosed ? 'the local evaluator is closed' : freshness.staleReason();

  /**
   * The policies of `principal`. A session the snapshot has no entry for is looked up once (`policySnapshot` of the
   * session): it may have been created with session policies after the snapshot was built.
   */
  const lookup = async (principal: EvaluatorPrincipal): Promise<Lookup> => {
    const index = follower.index;
    const reason = staleReason();
    if (reason !== undefined || index === undefined) return { stale: reason ?? 'no policy snapshot' };
    const base = index.policiesFor(principal);
    if (base === undefined) return { stale: `the policy snapshot has no policies for \`${principal.arn}\`` };
    const sessionId = principal.sessionId;
    if (sessionId === undefined || index.sessionEntry(sessionId) !== undefined) return { set: base };
    try {
      const info = await sessions.get(sessionId, freshness.snapshot().announced);
      if (info.hasSessionPolicies) return { set: info.set };
    } catch (error) {
      options.onError?.(error);
      return { stale: `the policies of session \`${sessionId}\` could not be read` };
    }
    // A newer snapshot may have arrived while the session was looked up.
    return { set: follower.index?.policiesFor(principal) ?? base };
  };

  follower.start();
  return {
    ready() {
      first ??= new Promise<void>((resolve, reject) => {
        if (follower.index !== undefined) return resolve();
        const stop = follower.onLoaded(() => {
          stop();
          resolve();
        });
        // The follower loads on the stream's first event; this load reports a failure to the caller at once.
        follower.refresh().catch((error: unknown) => {
          if (follower.index === undefined) {
            stop();
            reject(error);
          }
        });
      });
      return first;
    },
    async policiesFor(principal) {
      const found = await lookup(principal);
      return 'set' in found && staleReason() === undefined ? found.set : undefined;
    },
    async authorize({ principal, action, resource, context }) {
      const found = await lookup(principal);
      // The lookup may have waited on the gateway; the snapshot must still be current after it.
      const reason = 'stale' in found ? found.stale : staleReason();
      if (reason !== undefined || !('set' in found)) return { kind: 'stale', reason: reason ?? 'unknown' };
      const { policies, revision, principalContext } = found.set;
      const full = principalContext === undefined ? context : { ...context, ...principalContext };
      const decision = evaluate({ principal: principal.arn, action, resource, context: full, policies });
      return { kind: 'decided', decision, revision };
    },
    isRevoked(principal) {
      const reason = staleReason();
      if (reason !== undefined || follower.index === undefined)
        throw new Error(reason ?? 'no policy snapshot');
      return principal.sessionId !== undefined && follower.index.isRevoked(principal.sessionId, now());
    },
    status: () => ({ ...freshness.snapshot(), staleReason: staleReason() }),
    async close() {
      follower.close();
    },
  };
}
