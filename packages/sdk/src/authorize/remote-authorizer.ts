import { type ContextValue, isPrincipalKey, parsePrincipal } from '@iamgate/policy';
import type { IamgateClient } from '../client/create-client.js';
import type { AuthorizationInput, AuthorizationResult } from '../local/ports.js';
import type { AuthorizeOptions, AuthorizeRequest } from './remote-authorize.js';
import type { RemoteDecision } from './remote-decision.js';

/** The decision endpoint takes at most this many requests in one call. */
const BATCH_LIMIT = 100;

/** The middleware's `Authorizer`, which this module provides without depending on `@iamgate/middleware`. */
export interface RemoteAuthorizer {
  authorize(input: AuthorizationInput): Promise<AuthorizationResult>;
  authorizeBatch(inputs: readonly AuthorizationInput[]): Promise<AuthorizationResult[]>;
}

/**
 * How the gateway is asked about a principal: as the caller itself, with the token it sent (exact: its session's
 * policies, MFA and tags are the gateway's to read), else about a user or root by ARN. A role session without its
 * token cannot be decided exactly (its session policies are only the session's), so it is not decided at all.
 */
function askedAs(input: AuthorizationInput): AuthorizeOptions | undefined {
  if (input.bearerToken !== undefined) return { asCaller: input.bearerToken };
  return parsePrincipal(input.principal.arn).kind === 'AssumedRole'
    ? undefined
    : { principalArn: input.principal.arn };
}

const UNDECIDABLE: AuthorizationResult = {
  kind: 'stale',
  reason:
    "a role session is decided with its token (the middleware's `bearerToken`), which this request lacks",
};

/** The request context less the keys the gateway sets from the principal itself (and refuses from apps). */
function appContext(context: Readonly<Record<string, ContextValue>>): Record<string, ContextValue> {
  return Object.fromEntries(Object.entries(context).filter(([key]) => !isPrincipalKey(key)));
}

function request(input: AuthorizationInput): AuthorizeRequest {
  return { action: input.action, resource: input.resource, context: appContext(input.context) };
}

function decided(remote: RemoteDecision): AuthorizationResult {
  return { kind: 'decided', decision: remote.decision, revision: remote.revision };
}

/**
 * An `Authorizer` for `@iamgate/middleware` that asks the gateway for every decision, at its decision endpoint
 * (`POST /authorize`), as the caller: with the token the caller sent (the middleware passes it), so the gateway
 * decides with the caller's own policies, its session's policies, MFA and tags included, and counts the decision as
 * the caller's use. Without the token, a user or root is asked about by ARN with `client`'s credentials (which then
 * need `iam:SimulatePrincipalPolicy` on it), and a role session is not decided (`stale`, 503): deciding it as its
 * role would ignore its session policies. The gateway decides with its current policies, so a change counts from the
 * next request; a failed call rejects, which the middleware answers with 503, never an Allow. For decisions in
 * process, fed by the gateway's snapshot, use `client.localEvaluator()` instead.
 *
 * @example
 * const client = createClient({ url, credentials: fromWorkload({ workloadId, secret }) });
 * const gate = createGate({ verifier, authorizer: remoteAuthorizer(client), routes });
 */
export function remoteAuthorizer(client: IamgateClient): RemoteAuthorizer {
  return {
    async authorize(input) {
      const as = askedAs(input);
      if (as === undefined) return UNDECIDABLE;
      return decided(await client.authorize(request(input), as));
    },
    // The middleware batches the fields of one GraphQL operation, all of one principal and one token.
    async authorizeBatch(inputs) {
      const first = inputs[0];
      if (first === undefined) return [];
      const as = askedAs(first);
      if (as === undefined) return inputs.map(() => UNDECIDABLE);
      const results: AuthorizationResult[] = [];
      for (let start = 0; start < inputs.length; start += BATCH_LIMIT) {
        const chunk = inputs.slice(start, start + BATCH_LIMIT).map(request);
        results.push(...(await client.authorizeBatch(chunk, as)).map(decided));
      }
      return results;
    },
  };
}
