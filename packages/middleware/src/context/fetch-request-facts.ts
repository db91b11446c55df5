import type { RequestFacts } from './request-facts.js';

/**
 * The facts of a fetch API `Request` (Hono, graphql-yoga, edge runtimes). The peer address is not part of a
 * `Request`; pass it when the runtime exposes it. Without `secure`, TLS is read from the URL's scheme.
 *
 * @example
 * const facts = fetchRequestFacts(request, info.remoteAddr.hostname);
 */
export function fetchRequestFacts(request: Request, remoteAddress?: string, secure?: boolean): RequestFacts {
  const facts: RequestFacts = {
    method: request.method,
    url: request.url,
    header: (name) => request.headers.get(name) ?? undefined,
    secure: secure ?? request.url.startsWith('https:'),
  };
  if (remoteAddress !== undefined) facts.remoteAddress = remoteAddress;
  return facts;
}
