import { type Decision, evaluateWithStoredPolicies } from '@iamgate/policy';
import type { ClientCore } from '../client/client-core.js';
import { decideAsCaller, finalWithoutCaller, isOfAnotherAccount } from './decide-as-caller.js';
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

/**
 * The decision for a principal of another account whose own side cannot be asked (no token): never an Allow,
 * since its identity policies, boundary and guardrails are unknown here; denied as by its missing identity policy.
 */
function withoutCallerSide(decision: Decision): Decision {
  return { ...decision, decision: 'ImplicitDeny', failedLayer: 'identity' };
}

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
      if (info.hasSessionPolicies) return { set: { ...info.set, resourcePolicies: index.stored } };
    } catch (error) {
      options.onError?.(error);
      return { stale: `the policies of session \`${sessionId}\` could not be read` };
    }
    // A newer snapshot may have arrived while the session was looked up.
    return { set: follower.index?.policiesFor(principal) ?? base };
  };

  /**
   * A principal of another account: the snapshot decides the resource's side (the account's stored policies), but
   * the caller's own side lives in its account. Denied here for good when the resource's side refuses, else
   * decided by the gateway, asked as the caller with its token; without one, never allowed.
   */
  const strangerDecision = async (
    input: AuthorizationInput,
    index: NonNullable<typeof follower.index>,
  ): Promise<AuthorizationResult> => {
    const reason = staleReason();
    if (reason !== undefined) return { kind: 'stale', reason };
    const { principal, action, resource, context } = input;
    const resourceSide = evaluateWithStoredPolicies(
      { principal: principal.arn, action, resource, context, policies: {} },
      index.stored,
    );
    const revision = index.revision;
    if (finalWithoutCaller(resourceSide)) return { kind: 'decided', decision: resourceSide, revision };
    const token = input.bearerToken;
    if (token === undefined) return { kind: 'decided', decision: withoutCallerSide(resourceSide), revision };
    try {
      return await decideAsCaller(core, { ...input, bearerToken: token });
    } catch (error) {
      options.onError?.(error);
      return { kind: 'stale', reason: `the gateway could not decide for \`${principal.arn}\`` };
    }
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
    async authorize(input) {
      const { principal, action, resource, context } = input;
      const current = follower.index;
      if (current !== undefined && isOfAnotherAccount(principal.arn, current.accountId)) {
        return strangerDecision(input, current);
      }
      const found = await lookup(principal);
      // The lookup may have waited on the gateway; the snapshot must still be current after it.
      const reason = 'stale' in found ? found.stale : staleReason();
      if (reason !== undefined || !('set' in found)) return { kind: 'stale', reason: reason ?? 'unknown' };
      const { policies, revision, principalContext, resourcePolicies } = found.set;
      const full = principalContext === undefined ? context : { ...context, ...principalContext };
      // The resource's own policy is the one the app gives (`policies.resource`), else the account's stored ones.
      const decision = evaluateWithStoredPolicies(
        { principal: principal.arn, action, resource, context: full, policies },
        resourcePolicies ?? follower.index?.stored,
      );
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
