import { isIP } from 'node:net';
import type { RequestFacts } from '../authz/request-context.js';

/** The parts of a Node server context the gateway reads (graphql-yoga passes `{ req, res }` under Node's http). */
interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string; encrypted?: boolean } };
}

/** Options of `requestFacts`. */
export interface RequestFactsOptions {
  /** Believe `X-Forwarded-For` / `X-Forwarded-Proto` (only behind a proxy you run). */
  trustProxy: boolean;
  now: Date;
}

/**
 * The request facts that go into every decision: the source address (`aws:SourceIp`), whether the transport was
 * TLS (`aws:SecureTransport`), the time and the user agent. Forwarded headers are ignored unless the gateway is
 * told it sits behind a trusted proxy, since any client can send them.
 */
export function requestFacts(
  request: Request,
  serverContext: unknown,
  options: RequestFactsOptions,
): RequestFacts {
  const socket = (serverContext as NodeServerContext | undefined)?.req?.socket;
  let sourceIp = normalizeIp(socket?.remoteAddress) ?? '127.0.0.1';
  let secureTransport = new URL(request.url).protocol === 'https:' || socket?.encrypted === true;
  if (options.trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    sourceIp = normalizeIp(forwarded) ?? sourceIp;
    const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
    if (proto !== undefined) secureTransport = proto === 'https';
  }
  return {
    sourceIp,
    secureTransport,
    now: options.now,
    userAgent: request.headers.get('user-agent') ?? undefined,
  };
}

/**
 * The address as policies expect it, or `undefined` when it is not an IP address (a forged or garbled header).
 * Node reports IPv4 clients of a dual-stack socket as `::ffff:1.2.3.4`; policies expect `1.2.3.4`.
 */
function normalizeIp(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  const ip = address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
  return isIP(ip) === 0 ? undefined : ip;
}
