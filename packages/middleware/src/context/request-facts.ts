import type { TransportFacts } from './request-context.js';
import { isSecureTransport, type ProxyTrust } from './trust-proxy.js';

/** A request, as any framework can describe it: what the middleware needs and nothing more. */
export interface RequestFacts {
  /** The HTTP method, any case. */
  method: string;
  /** The request target: a path with its query (`/orders/1?full=1`), or an absolute URL. */
  url: string;
  /** A request header by lower-case name; repeated headers joined with `, `. */
  header(name: string): string | undefined;
  /** The address of the connection's peer, when the framework exposes it. */
  remoteAddress?: string;
  /** Whether this connection is TLS. */
  secure: boolean;
}

/** The client's address, scheme and the time, from the facts and the proxy trust setting. */
export function transportFacts(trust: ProxyTrust, facts: RequestFacts, now: Date): TransportFacts {
  const peer = facts.remoteAddress;
  const sourceIp = trust.clientAddress(peer, facts.header('x-forwarded-for'));
  const secureTransport = isSecureTransport(trust, peer, facts.secure, facts.header('x-forwarded-proto'));
  return sourceIp === undefined ? { secureTransport, now } : { sourceIp, secureTransport, now };
}

/** The path and the query string of a request target (a path or an absolute URL). */
export function splitTarget(url: string): { path: string; search: string } {
  let rest = url;
  if (!url.startsWith('/')) {
    // An absolute URL: drop scheme and authority. `new URL` would also normalise the path, which routers do not.
    const authority = url.indexOf('//');
    const pathStart = authority < 0 ? -1 : url.indexOf('/', authority + 2);
    rest = pathStart < 0 ? '/' : url.slice(pathStart);
  }
  const q = rest.indexOf('?');
  const hash = rest.indexOf('#');
  const end = hash < 0 ? rest.length : hash;
  return q < 0 || q > end
    ? { path: rest.slice(0, end), search: '' }
    : { path: rest.slice(0, q), search: rest.slice(q + 1, end) };
}
