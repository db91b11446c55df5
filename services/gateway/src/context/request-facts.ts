import { compileTrustProxy, isSecureTransport, type ProxyTrust, type TrustProxy } from '@iamgate/policy';
import type { RequestFacts } from '../authz/request-context.js';

/** The parts of a Node server context the gateway reads (graphql-yoga passes `{ req, res }` under Node's http). */
interface NodeServerContext {
  req?: { socket?: { remoteAddress?: string; encrypted?: boolean } };
}

/** Options of `requestFacts`. */
export interface RequestFactsOptions {
  /** The proxies whose `X-Forwarded-For` / `X-Forwarded-Proto` are believed (see `IAMGATE_TRUST_PROXY`). */
  trustProxy: TrustProxy;
  now: Date;
}

/**
 * The address of a request handed to the gateway in process (`gateway.fetch`, no socket): this machine. It is also
 * the peer the trusted-proxy setting sees for such requests.
 */
const IN_PROCESS_PEER = '127.0.0.1';

/** Compiled settings, so that a list of blocks is parsed once per configuration rather than per request. */
const compiled = new Map<string, ProxyTrust>();

function proxyTrust(setting: TrustProxy): ProxyTrust {
  const key = JSON.stringify(setting);
  let trust = compiled.get(key);
  if (trust === undefined) {
    trust = compileTrustProxy(setting);
    compiled.set(key, trust);
  }
  return trust;
}

/**
 * The request facts that go into every decision: the source address (`aws:SourceIp`, also the key of the
 * per-address sign-in lockout), whether the transport was TLS (`aws:SecureTransport`), the time and the user agent.
 * Forwarded headers are read as `@iamgate/policy`'s `compileTrustProxy` reads them: only from trusted proxies, and
 * the client is the nearest address no trusted proxy holds (or `n` hops back), never the leftmost entry, which the
 * client writes. When that address cannot be read (a garbled entry), the peer's address is used.
 */
export function requestFacts(
  request: Request,
  serverContext: unknown,
  options: RequestFactsOptions,
): RequestFacts {
  const socket = (serverContext as NodeServerContext | undefined)?.req?.socket;
  const peer = socket?.remoteAddress ?? IN_PROCESS_PEER;
  const trust = proxyTrust(options.trustProxy);
  const forwardedFor = request.headers.get('x-forwarded-for') ?? undefined;
  const sourceIp =
    trust.clientAddress(peer, forwardedFor) ??
    proxyTrust(false).clientAddress(peer, undefined) ??
    IN_PROCESS_PEER;
  const secureSocket = new URL(request.url).protocol === 'https:' || socket?.encrypted === true;
  const forwardedProto = request.headers.get('x-forwarded-proto') ?? undefined;
  return {
    sourceIp,
    secureTransport: isSecureTransport(trust, peer, secureSocket, forwardedProto),
    now: options.now,
    userAgent: request.headers.get('user-agent') ?? undefined,
  };
}
