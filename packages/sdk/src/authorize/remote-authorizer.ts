import { type ContextValue, isPrincipalKey, parsePrincipal } from '@iamgate/policy';
import type { IamgateClient } from '../client/create-client.js';
import type { AuthorizationInput, AuthorizationResult, EvaluatorPrincipal } from '../local/ports.js';
import type { AuthorizeRequest } from './remote-authorize.js';
import type { RemoteDecision } from './remote-decision.js';

/** The decision endpoint takes at most this many requests in one call. */
const BATCH_LIMIT = 100;

/** The middleware's `Authorizer`, which this module provides without depending on `@iamgate/middleware`. */
export interface RemoteAuthorizer {
  authorize(input: AuthorizationInput): Promise<AuthorizationResult>;
  authorizeBatch(inputs: readonly AuthorizationInput[]): Promise<AuthorizationResult[]>;
}

/**
 * The ARN the gateway decides for: users and root as themselves, a role session as its role (the token's `role`
 * claim, with the role's path, else the role its session ARN names).
 */
function decidedArn(principal: EvaluatorPrincipal): string {
  const parsed = parsePrincipal(principal.arn);
  if (parsed.kind !== 'AssumedRole') return principal.arn;
  return principal.roleArn ?? parsed.principalArn ?? principal.arn;
}

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
 * (`POST /authorize`), with `client`'s credentials: an app's workload role, usually. The client's principal needs
 * `iam:SimulatePrincipalPolicy` on the principals it decides for. The gateway decides with its current policies, so
 * a change counts from the next request; a failed call rejects, which the middleware answers with 503, never an
 * Allow.
 *
 * A role session is decided with its role's policies: session policies given when the role was assumed are not
 * seen. For decisions in process, fed by the gateway's snapshot, use `client.localEvaluator()` instead.
 *
 * @example
 * const client = createClient({ url, credentials: fromWorkload({ workloadId, secret }) });
 * const gate = createGate({ verifier, authorizer: remoteAuthorizer(client), routes });
 */
export function remoteAuthorizer(client: IamgateClient): RemoteAuthorizer {
  return {
    async authorize(input) {
      return decided(await client.authorize(request(input), { principalArn: decidedArn(input.principal) }));
    },
    // The middleware batches the fields of one GraphQL operation, all of one principal.
    async authorizeBatch(inputs) {
      const first = inputs[0];
      if (first === undefined) return [];
      const principalArn = decidedArn(first.principal);
      const results: AuthorizationResult[] = [];
      for (let start = 0; start < inputs.length; start += BATCH_LIMIT) {
        const chunk = inputs.slice(start, start + BATCH_LIMIT).map(request);
        results.push(...(await client.authorizeBatch(chunk, { principalArn })).map(decided));
      }
      return results;
    },
  };
}
