import { type Decision, isPrincipalKey, parsePrincipal } from '@iamgate/policy';
import { authorizeRemotely } from '../authorize/remote-authorize.js';
import type { ClientCore } from '../client/client-core.js';
import { postDecisions } from '../transport/decision-http.js';
import type { AuthorizationInput, AuthorizationResult } from './ports.js';

/** Whether `principalArn` belongs to another account than `accountId` (a principal without an account does not). */
export function isOfAnotherAccount(principalArn: string, accountId: string): boolean {
  const principal = parsePrincipal(principalArn);
  const named =
    principal.kind !== 'Unknown' && principal.kind !== 'Service' && principal.kind !== 'Anonymous';
  return named && principal.account !== undefined && principal.account !== accountId;
}

/**
 * Whether a decision made without the caller's own policies is final anyway: an explicit Deny, or a resource side
 * that does not let the caller in. Anything else depends on the caller's side.
 */
export function finalWithoutCaller(decision: Decision): boolean {
  return decision.decision === 'ExplicitDeny' || decision.failedLayer === 'resource';
}

/**
 * Decides a request of a principal of another account at the gateway's decision endpoint, asked with the caller's
 * own token: a cross-account request needs the caller's side to allow too
 * (`IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html`), and the caller's policies are its
 * account's, which this app's snapshot does not (and must not) hold. The gateway decides with them and with the
 * resource account's stored policies, as it would answer the caller itself; only the outcome and the layer that
 * refused are kept, not which of the caller's statements matched.
 */
export async function decideAsCaller(
  core: ClientCore,
  input: AuthorizationInput & { bearerToken: string },
): Promise<AuthorizationResult> {
  const remote = await authorizeRemotely(
    (body, call = {}) =>
      postDecisions(core.endpoint, body, {
        token: input.bearerToken,
        ...(call.signal === undefined ? {} : { signal: call.signal }),
      }),
    {
      action: input.action,
      resource: input.resource,
      // The gateway takes the caller's keys from its token, and refuses them from the app.
      context: Object.fromEntries(Object.entries(input.context).filter(([key]) => !isPrincipalKey(key))),
    },
  );
  const decision: Decision = {
    decision: remote.decision.decision,
    deniedBy: [],
    allowedBy: [],
    missingContextKeys: [],
    errors: [],
  };
  if (remote.decision.failedLayer !== undefined) decision.failedLayer = remote.decision.failedLayer;
  return { kind: 'decided', decision };
}
