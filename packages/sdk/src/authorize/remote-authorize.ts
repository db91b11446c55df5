import type { ContextValue } from '@iamgate/policy';
import type { CallOptions } from '../client/call-types.js';
import { UnexpectedResponseError } from '../errors/sdk-errors.js';
import type { AuthorizeQuery, AuthorizeRequestInput } from '../generated/graphql.js';
import { toContextEntries } from './context-entries.js';
import { type RemoteDecision, toRemoteDecision } from './remote-decision.js';

/** The decision endpoint's answer with `detail: 'full'`: per result, the fields of `authorize` but the request's. */
interface DecisionAnswer {
  principalArn: string;
  revision: number;
  results: Omit<AuthorizeQuery['authorize'], 'action' | 'resource' | 'principalArn' | 'revision'>[];
}

/** One question for the gateway: may the principal perform `action` on `resource`? */
export interface AuthorizeRequest {
  /** `service:ActionName`, e.g. `orders:GetOrder`. */
  action: string;
  /** The resource ARN, or `*`. */
  resource: string;
  /**
   * The app's own condition keys and request facts. The principal's keys (`aws:PrincipalTag/*`, `aws:username`...)
   * come from its credentials at the gateway and are refused here (`InvalidInput`).
   */
  context?: Readonly<Record<string, ContextValue>>;
  /** The resource's own resource-based policy (JSON text), when the app keeps one. */
  resourcePolicy?: string;
  /** The account that owns the resource when its ARN does not say. */
  resourceAccount?: string;
}

/** Options of `authorize` and `authorizeBatch`. */
export interface AuthorizeOptions extends CallOptions {
  /**
   * Decide for this principal (a user, role or root ARN) rather than the client's own; the client's principal needs
   * `iam:SimulatePrincipalPolicy` on it.
   */
  principalArn?: string;
  /**
   * Decide as the holder of this session token, the caller of your app as it sent it (the middleware passes it as
   * `bearerToken`), rather than with the client's credentials: the gateway decides with the caller's own policies,
   * its session's policies and MFA included, and counts it as the caller's use (access analysis). Not with
   * `principalArn`.
   */
  asCaller?: string;
}

/**
 * How remote authorization reaches the gateway: the client's authenticated POST to the decision endpoint
 * (`POST /authorize`), answering its JSON.
 */
export type Decide = (body: unknown, options?: CallOptions) => Promise<Record<string, unknown>>;

function requestInput(request: AuthorizeRequest): AuthorizeRequestInput {
  return {
    action: request.action,
    resource: request.resource,
    ...(request.context === undefined ? {} : { context: toContextEntries(request.context) }),
    ...(request.resourcePolicy === undefined ? {} : { resourcePolicy: request.resourcePolicy }),
    ...(request.resourceAccount === undefined ? {} : { resourceAccount: request.resourceAccount }),
  };
}

function callOptions(options: AuthorizeOptions): CallOptions {
  return options.signal === undefined ? {} : { signal: options.signal };
}

/**
 * Up to 100 decisions for one principal from the gateway's decision endpoint, in order: the same questions,
 * authorization and answers as `authorizeBatch`, as plain JSON (no GraphQL to parse or execute per call), with the
 * full detail (statements, failed layer, missing keys, explanation) a `RemoteDecision` carries.
 */
export async function authorizeBatchRemotely(
  decide: Decide,
  requests: readonly AuthorizeRequest[],
  options: AuthorizeOptions = {},
): Promise<RemoteDecision[]> {
  const body = {
    requests: requests.map(requestInput),
    ...(options.principalArn === undefined ? {} : { principalArn: options.principalArn }),
    detail: 'full',
  };
  const answer = (await decide(body, callOptions(options))) as unknown as DecisionAnswer;
  if (answer.results.length !== requests.length) {
    throw new UnexpectedResponseError(
      `the gateway answered ${answer.results.length} decisions for ${requests.length} requests`,
      { httpStatus: 200 },
    );
  }
  return answer.results.map((result, i) => {
    const request = requests[i] as AuthorizeRequest;
    return toRemoteDecision({
      ...result,
      action: request.action,
      resource: request.resource,
      principalArn: answer.principalArn,
      revision: answer.revision,
    });
  });
}

/** One decision from the gateway's decision endpoint. */
export async function authorizeRemotely(
  decide: Decide,
  request: AuthorizeRequest,
  options: AuthorizeOptions = {},
): Promise<RemoteDecision> {
  const [decision] = await authorizeBatchRemotely(decide, [request], options);
  return decision as RemoteDecision;
}
