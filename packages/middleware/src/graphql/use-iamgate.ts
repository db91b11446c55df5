import type { ContextValue } from '@iamgate/policy';
import { type DocumentNode, type ExecutionResult, GraphQLError, type GraphQLSchema } from 'graphql';
import type { Authorizer } from '../authorize/authorizer.js';
import { fetchRequestFacts } from '../context/fetch-request-facts.js';
import type { RequestFacts } from '../context/request-facts.js';
import { compileTrustProxy, type TrustProxy } from '../context/trust-proxy.js';
import type { GateHooks } from '../core/hooks.js';
import { MiddlewareConfigError } from '../errors.js';
import type { TokenVerifier } from '../token/create-token-verifier.js';
import type { VerifiedPrincipal } from '../token/verified-principal.js';
import {
  authorizeOperation,
  type GraphQLIamgateState,
  type OperationAuthorizer,
} from './authorize-operation.js';
import {
  type AuthenticatedFieldRequest,
  defaultFieldTarget,
  defaultIsPublic,
  type FieldRequest,
  type FieldTarget,
} from './field-target.js';

/** Options of the GraphQL plugin. */
export interface UseIamgateOptions extends GateHooks {
  verifier: TokenVerifier;
  authorizer: Authorizer;
  /** The service prefix of default actions: `<service>:<Type>.<field>`. */
  service: string;
  /** The action and resource of a field. Default: see `defaultFieldTarget`. */
  target?: (field: AuthenticatedFieldRequest) => FieldTarget;
  /** Fields that need no check (and no token, when all of an operation's fields are public). Default: see `defaultIsPublic`. */
  isPublic?: (field: FieldRequest) => boolean;
  /** Condition keys for every field of an operation. They cannot override keys about the principal. */
  context?: (principal: VerifiedPrincipal, graphqlContext: unknown) => Record<string, ContextValue>;
  /** Which proxies to believe about the client's address and scheme. Default: none. */
  trustProxy?: TrustProxy;
  /** The HTTP request behind a GraphQL context. Default: yoga's `context.request`, and `context.req.socket` on Node. */
  requestFacts?: (graphqlContext: unknown) => RequestFacts | undefined;
  /** List each field's matched statements and failed layer in `AccessDenied` errors. Default false (they are the account's business). */
  exposeReasons?: boolean;
  /** The most fields one operation may select; more is refused with `QueryTooComplex`. Default 2,000. */
  maxFields?: number;
  /** The current time for `aws:CurrentTime`. Default `() => new Date()`. */
  clock?: () => Date;
}

/** The envelop hook payloads the plugin uses (structurally a subset of envelop's, so no type import is needed). */
export interface ExecutionHookPayload {
  args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operationName?: string | null;
    variableValues?: { readonly [name: string]: unknown } | null;
    contextValue: unknown;
  };
  setResultAndStopExecution(result: ExecutionResult): void;
  /** Yoga infers the server context from this: resolvers see `context.iamgate` typed. */
  extendContext(extension: { iamgate: GraphQLIamgateState }): void;
}

/** An envelop / graphql-yoga plugin. */
export interface IamgatePlugin {
  /** Authorizes a query or mutation before it executes. */
  onExecute(payload: ExecutionHookPayload): Promise<void>;
  /** Authorizes a subscription before it subscribes. */
  onSubscribe(payload: ExecutionHookPayload): Promise<void>;
}

interface YogaLikeContext {
  request?: Request;
  req?: { socket?: { remoteAddress?: string; encrypted?: boolean } };
}

function yogaRequestFacts(graphqlContext: unknown): RequestFacts | undefined {
  const { request, req } = (graphqlContext ?? {}) as YogaLikeContext;
  if (request === undefined || typeof request.headers?.get !== 'function') return undefined;
  const socket = req?.socket;
  return fetchRequestFacts(
    request,
    socket?.remoteAddress,
    socket === undefined ? undefined : socket.encrypted === true,
  );
}

/**
 * The graphql-yoga / envelop plugin: before any resolver runs, it authorizes every field the operation selects
 * (action and resource from `target`), and refuses the whole operation with an `AccessDenied` error (HTTP 403)
 * listing each field's decision when any is refused. Resolvers find the principal and decisions in
 * `context.iamgate`.
 *
 * @example
 * const yoga = createYoga({
 *   schema,
 *   plugins: [useIamgate({ verifier, authorizer, service: 'shop' })], // checks e.g. `shop:Query.order`
 * });
 */
export function useIamgate(options: UseIamgateOptions): IamgatePlugin {
  if (!/^[A-Za-z0-9-]+$/.test(options.service ?? '')) {
    throw new MiddlewareConfigError('InvalidOption', '`service` must be a service prefix like `shop`');
  }
  const maxFields = options.maxFields ?? 2000;
  if (!Number.isInteger(maxFields) || maxFields < 1) {
    throw new MiddlewareConfigError('InvalidOption', '`maxFields` must be a positive integer');
  }
  const settings: OperationAuthorizer = {
    verifier: options.verifier,
    authorizer: options.authorizer,
    trust: compileTrustProxy(options.trustProxy),
    clock: options.clock ?? (() => new Date()),
    maxFields,
    exposeReasons: options.exposeReasons === true,
    isPublic: options.isPublic ?? defaultIsPublic,
    target: options.target ?? defaultFieldTarget(options.service),
    context: options.context,
    onDecision: options.onDecision,
    onError: options.onError,
  };
  const requestFacts = options.requestFacts ?? yogaRequestFacts;

  const run = async ({ args, setResultAndStopExecution, extendContext }: ExecutionHookPayload) => {
    let outcome: Awaited<ReturnType<typeof authorizeOperation>>;
    try {
      outcome = await authorizeOperation(settings, { ...args, facts: requestFacts(args.contextValue) });
    } catch (error) {
      // Argument coercion errors are the client's; execution would report them the same way.
      if (error instanceof GraphQLError) return setResultAndStopExecution({ errors: [error] });
      throw error;
    }
    if (outcome.kind === 'refused') setResultAndStopExecution({ errors: [outcome.error] });
    else if (outcome.kind === 'allowed') extendContext({ iamgate: outcome.state });
  };
  return { onExecute: run, onSubscribe: run };
}
