import type { Context, MiddlewareHandler } from 'hono';
import { fetchRequestFacts } from '../context/fetch-request-facts.js';
import type { Gate, IamgateState } from '../core/create-gate.js';

/** The Hono environment the middleware sets: `c.get('iamgate')`. */
export interface IamgateEnv {
  Variables: {
    /** The principal and decision of an allowed request; `undefined` on public routes. */
    iamgate: IamgateState | undefined;
  };
}

/** Options of the Hono middleware. */
export interface HonoIamgateOptions {
  /**
   * The peer's address, which a fetch `Request` does not carry. Default: the Node server's socket
   * (`@hono/node-server` puts the `IncomingMessage` in `c.env.incoming`); on other runtimes pass e.g. `getConnInfo`.
   */
  remoteAddress?: (c: Context) => string | undefined;
}

function nodeServerPeer(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * Hono middleware. Hono routes case-sensitively; create the gate with `caseSensitive: true`.
 *
 * @example
 * const app = new Hono<IamgateEnv>();
 * app.use(honoIamgate(gate));
 * app.get('/orders/:id', (c) => c.json({ by: c.get('iamgate')?.principal.arn }));
 */
export function honoIamgate(gate: Gate, options: HonoIamgateOptions = {}): MiddlewareHandler<IamgateEnv> {
  const peer = options.remoteAddress ?? nodeServerPeer;
  return async (c, next) => {
    const result = await gate.authorizeRequest(fetchRequestFacts(c.req.raw, peer(c)));
    if (result.status === 'allowed') c.set('iamgate', result);
    else if (result.status !== 'public') return c.json(result.body, result.status, result.headers);
    await next();
  };
}
