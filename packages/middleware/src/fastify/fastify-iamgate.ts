import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { Gate, IamgateState } from '../core/create-gate.js';
import { incomingMessageFacts } from '../node/incoming-message-facts.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `fastifyIamgate` for allowed requests; absent on public routes. */
    iamgate?: IamgateState;
  }
}

/** Options of the Fastify plugin. */
export interface FastifyIamgateOptions {
  gate: Gate;
}

async function iamgatePlugin(app: FastifyInstance, { gate }: FastifyIamgateOptions): Promise<void> {
  app.decorateRequest('iamgate', undefined);
  // onRequest: the earliest hook, before the body is even read.
  app.addHook('onRequest', async (request, reply) => {
    const result = await gate.authorizeRequest(incomingMessageFacts(request.raw, request.url));
    if (result.status === 'allowed') request.iamgate = result;
    else if (result.status !== 'public')
      return reply.code(result.status).headers(result.headers).send(result.body);
  });
}

/**
 * The Fastify plugin: an `onRequest` hook over the whole instance (it skips Fastify's encapsulation, as
 * `fastify-plugin` would, so it also protects routes registered by sibling plugins). Fastify routes
 * case-sensitively; create the gate with `caseSensitive: true`.
 *
 * @example
 * const app = Fastify();
 * await app.register(fastifyIamgate, { gate });
 * app.get('/orders/:id', async (request) => ({ by: request.iamgate?.principal.arn }));
 */
export const fastifyIamgate: FastifyPluginAsync<FastifyIamgateOptions> = Object.assign(iamgatePlugin, {
  [Symbol.for('skip-override')]: true,
  [Symbol.for('fastify.display-name')]: '@iamgate/middleware',
});
