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

/** Builds the GraphQL context of each request: its id, facts, and the authenticated caller. */
export function createContextFactory(
  services: GatewayServices,
  store: Store,
  metas: WeakMap<Request, RequestMeta>,
): (initial: YogaInitialContext) => Promise<GatewayContext> {
  return async (initial) => {
    const { request } = initial;
    const requestId = metas.get(request)?.requestId ?? randomUUID();
    const facts = requestFacts(request, initial, {
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
      targets: new Targets(
        store,
        caller?.principal.accountId ?? '',
        services.operatorAccountId,
        services.entities,
      ),
      log,
    };
  };
}
