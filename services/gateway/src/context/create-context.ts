import { randomUUID } from 'node:crypto';
import type { Store } from '@iamgate/store';
import type { YogaInitialContext } from 'graphql-yoga';
import type { IamError } from '../errors/iam-error.js';
import { toClientErrorOutside } from '../errors/to-client-error.js';
import type { RequestMeta } from '../http/use-request-id.js';
import { authenticate } from './authenticate.js';
import type { Caller, GatewayContext } from './gateway-context.js';
import type { GatewayServices } from './gateway-services.js';
import { requestFacts } from './request-facts.js';
import { Targets } from './targets.js';

/** Builds the context of one request from the request and its server context (`{ req, res }` under Node). */
export type ContextBuilder = (request: Request, serverContext: unknown) => Promise<GatewayContext>;

/**
 * Builds the context of each request: its id, facts, and the authenticated caller. GraphQL operations and the
 * plain decision endpoint (`/authorize`) get theirs from the same builder, so they authenticate alike.
 */
export function createContextBuilder(
  services: GatewayServices,
  store: Store,
  metas: WeakMap<Request, RequestMeta>,
): ContextBuilder {
  return async (request, serverContext) => {
    const requestId = metas.get(request)?.requestId ?? randomUUID();
    const facts = requestFacts(request, serverContext, {
      trustProxy: services.config.trustProxy,
      now: services.now(),
    });
    const log = services.logger.child({ requestId });
    let caller: Caller | undefined;
    let authError: IamError | undefined;
    try {
      caller = await authenticate(request, services, facts.now);
    } catch (error) {
      authError = toClientErrorOutside(error, log, requestId);
    }
    return {
      requestId,
      request,
      facts,
      caller,
      authError,
      services,
      store,
      afterCommit: (fn) => fn(),
      targets: new Targets(store, caller?.principal.accountId ?? '', services.operatorAccountId, {
        entities: services.entities,
        pages: services.pages,
      }),
      log,
    };
  };
}

/** The GraphQL context factory of yoga: yoga's initial context holds the server context's `req`. */
export function graphqlContext(
  build: ContextBuilder,
): (initial: YogaInitialContext) => Promise<GatewayContext> {
  return (initial) => build(initial.request, initial);
}
