import type {
  AuthorizationInput,
  AuthorizationResult,
  Authorizer,
  VerifiedPrincipal,
} from '@iamgate/middleware';
import type { IamgateClient } from '@iamgate/sdk';
import { contextEntries } from './context-entries.js';
import { decisionOf } from './decision-of.js';

/**
 * The ARN the gateway decides for. Users and root are decided as themselves; a role session as its role, the
 * `role` claim when the token carries it (with the role's path), else the role named in the session ARN
 * (`arn:P:sts::A:assumed-role/Name/Session` → `arn:P:iam::A:role/Name`).
 */
export function decidedArn(principal: VerifiedPrincipal): string {
  if (principal.type !== 'role') return principal.arn;
  if (principal.roleArn !== undefined) return principal.roleArn;
  const session = /^arn:([^:]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principal.arn);
  if (session === null) return principal.arn;
  return `arn:${session[1]}:iam::${session[2]}:role/${session[3]}`;
}

/**
 * An `Authorizer` for `@iamgate/middleware` that asks the gateway: each request is one `authorize` query (with
 * `principalArn`, so the client's own principal needs `iam:SimulatePrincipalPolicy` on the callers it decides
 * for). The gateway evaluates with its cached policies, so a policy change counts from the next request. A
 * failed call rejects, and the middleware answers 503 rather than guess.
 *
 * A role session is decided with its role's policies: session policies given at assume time are not seen here.
 *
 * @example
 * const client = createClient({ url, credentials: fromWorkload({ workloadId, secret }) });
 * const gate = createGate({ verifier, authorizer: remoteAuthorizer(client), routes });
 */
export function remoteAuthorizer(client: IamgateClient): Authorizer {
  const decided = (result: Parameters<typeof decisionOf>[0]): AuthorizationResult => ({
    kind: 'decided',
    decision: decisionOf(result),
    revision: result.revision,
  });
  return {
    async authorize(input: AuthorizationInput): Promise<AuthorizationResult> {
      const result = await client.api.authorize({
        principalArn: decidedArn(input.principal),
        action: input.action,
        resource: input.resource,
        context: contextEntries(input.context),
      });
      return decided(result);
    },
    async authorizeBatch(inputs: readonly AuthorizationInput[]): Promise<AuthorizationResult[]> {
      const first = inputs[0];
      if (first === undefined) return [];
      const results = await client.api.authorizeBatch({
        principalArn: decidedArn(first.principal),
        requests: inputs.map((input) => ({
          action: input.action,
          resource: input.resource,
          context: contextEntries(input.context),
        })),
      });
      return results.map(decided);
    },
  };
}
