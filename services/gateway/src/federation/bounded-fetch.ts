import { promises as dns, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { parseNetworkAddress } from '@iamgate/policy';
import { type IssuerAddressPolicy, refusedAddress } from './issuer-address-policy.js';

/** The largest discovery document or key set read from an issuer; real ones are a few kilobytes. */
export const MAX_ISSUER_RESPONSE_BYTES = 131_072;

/**
 * Why an issuer could not be read, as the audit log may say it (the detail is for the operator's log only):
 * `idp-unreachable`: no answer came (the name did not resolve or resolved to a refused address, the connection or
 * TLS failed, the time ran out); `idp-invalid-answer`: something answered, not as an issuer (a status other than 200,
 * a redirect, too large, not JSON, a discovery document naming another issuer or no key set); `idp-busy`: the
 * gateway already reads as many issuers as it allows at once.
 */
export type IssuerFailure = 'idp-unreachable' | 'idp-invalid-answer' | 'idp-busy';

/**
 * Why an issuer could not be read: `code` is safe to show the provider's account; `message` is the detail (addresses
 * a name resolved to, statuses, connection errors) and goes to the operator's log only, since a tenant must not learn
 * how the gateway's network resolves names or which ports answer. `cached`: the failure of an earlier read, answered
 * again without asking the issuer.
 */
export class IssuerFetchError extends Error {
  override readonly name = 'IssuerFetchError';

  constructor(
    readonly code: IssuerFailure,
    message: string,
    readonly cached = false,
  ) {
    super(message);
  }
}

/** Options of `fetchIssuerJson`. */
export interface IssuerFetchOptions {
  /** The whole fetch (name resolution, connection, TLS, headers and body) must end within this. */
  timeoutMs: number;
  /** Which addresses the host may resolve to. */
  addresses: IssuerAddressPolicy;
  maxBytes?: number;
}

/**
 * Reads JSON from an issuer, and nothing more: `https:` (or `http:` to a loopback address when loopback issuers are
 * allowed), every address the host resolves to checked against the address policy before connecting (so neither a
 * name nor DNS rebinding reaches a refused address), no redirects followed, no cookies or credentials sent, the
 * body capped at `maxBytes`, and the whole exchange abandoned at `timeoutMs`. Names are resolved with DNS queries
 * for A and AAAA records (`dns.Resolver`, off libuv's thread pool, cancelled at the timeout), not `getaddrinfo`,
 * whose threads password hashing and file access share and which no timeout can stop; `localhost` and literal
 * addresses are read without DNS. TLS is verified against Node's CA store (`NODE_EXTRA_CA_CERTS` adds to it);
 * certificate thumbprints are not pinned.
 */
export function fetchIssuerJson(url: string, options: IssuerFetchOptions): Promise<unknown> {
  const maxBytes = options.maxBytes ?? MAX_ISSUER_RESPONSE_BYTES;
  const unreachable = (why: string) => Promise.reject(new IssuerFetchError('idp-unreachable', why));
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return unreachable(`\`${url}\` is not a URL`);
  }
  const plain = target.protocol === 'http:';
  if (!plain && target.protocol !== 'https:') return unreachable(`\`${url}\` is not an https URL`);
  // Plain HTTP only ever reaches loopback, and only when loopback issuers are allowed at all.
  const policy: IssuerAddressPolicy = plain
    ? { allowLoopback: options.addresses.allowLoopback, allowPrivate: false }
    : options.addresses;
  if (plain && !options.addresses.allowLoopback) return unreachable(`\`${url}\` is not an https URL`);
  const literal = parseNetworkAddress(target.hostname);
  if (literal !== undefined) {
    const refused = refusedAddress(literal, policy);
    if (refused !== undefined) return unreachable(refused);
  }
  if (plain && literal === undefined && !isLocalhost(target.hostname)) {
    return unreachable(`\`${url}\` is not an https URL`);
  }
  return new Promise((resolve, reject) => {
    // One query per record type, no retries, each within the fetch's time; cancelled with the fetch.
    const resolver = new dns.Resolver({ timeout: options.timeoutMs, tries: 1 });
    const request = (plain ? http : https).request(target, {
      method: 'GET',
      headers: { accept: 'application/json', 'user-agent': 'iamgate' },
      lookup: guardedLookup(policy, plain, resolver),
      agent: false,
    });
    const timer = setTimeout(() => {
      resolver.cancel();
      request.destroy(new IssuerFetchError('idp-unreachable', `no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(
        error instanceof IssuerFetchError
          ? error
          : new IssuerFetchError('idp-unreachable', connectionFailure(error)),
      );
    };
    request.on('error', fail);
    request.once('response', (response) => {
      readBody(response, maxBytes).then(
        (text) => {
          clearTimeout(timer);
          try {
            resolve(JSON.parse(text));
          } catch {
            reject(new IssuerFetchError('idp-invalid-answer', 'the answer is not JSON'));
          }
        },
        (error: unknown) => {
          request.destroy();
          fail(error);
        },
      );
    });
    request.end();
  });
}

/** The body of a 200 answer, at most `maxBytes`; anything else fails. */
function readBody(response: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const status = response.statusCode ?? 0;
    if (status !== 200) {
      response.resume();
      reject(
        new IssuerFetchError(
          'idp-invalid-answer',
          status >= 300 && status < 400
            ? `answered a redirect (${status}), not followed`
            : `answered ${status}`,
        ),
      );
      return;
    }
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      reject(new IssuerFetchError('idp-invalid-answer', `the answer is larger than ${maxBytes} bytes`));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new IssuerFetchError('idp-invalid-answer', `the answer is larger than ${maxBytes} bytes`));
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.on('error', reject);
    response.once('close', () => {
      if (!response.complete) reject(new IssuerFetchError('idp-unreachable', 'the answer was cut short'));
    });
  });
}

/**
 * The name lookup for `http(s).request`: the host's A and AAAA records from `resolver` (see `resolveHost`), and a
 * failure unless every address is allowed: a name with one refused address among allowed ones is refused whole, so
 * a multi-address answer cannot smuggle one in. `plain` (http) requires loopback addresses only.
 */
function guardedLookup(policy: IssuerAddressPolicy, plain: boolean, resolver: dns.Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname, resolver).then(
      (found) => {
        for (const entry of found) {
          const address = parseNetworkAddress(entry.address);
          const refused =
            address === undefined
              ? `\`${entry.address}\` is not an address`
              : (refusedAddress(address, policy) ??
                (plain && !isLoopback(address.text)
                  ? `\`${address.text}\` is not a loopback address (http is for loopback only)`
                  : undefined));
          if (refused !== undefined) {
            callback(
              new IssuerFetchError('idp-unreachable', `\`${hostname}\` resolves to ${refused}`),
              '',
              0,
            );
            return;
          }
        }
        const family = (options as { family?: unknown }).family;
        const addresses = family === 4 || family === 6 ? found.filter((a) => a.family === family) : found;
        const first = addresses[0];
        if (first === undefined) {
          callback(new IssuerFetchError('idp-unreachable', `\`${hostname}\` has no address`), '', 0);
        } else if ((options as { all?: boolean }).all === true) {
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: unknown) => callback(error as NodeJS.ErrnoException, '', 0),
    );
  };
}

/**
 * The addresses of `hostname`: `localhost` is loopback and a literal address is itself, without DNS (RFC 6761,
 * section 6.3); any other name is asked of DNS for A and AAAA records at once, and has the addresses either query
 * answered. `IssuerFetchError` when neither did.
 */
export async function resolveHost(hostname: string, resolver: dns.Resolver): Promise<LookupAddress[]> {
  const name = hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (isLocalhost(name)) {
    return [
      { address: '127.0.0.1', family: 4 },
      { address: '::1', family: 6 },
    ];
  }
  const literal = parseNetworkAddress(name);
  if (literal !== undefined) return [{ address: literal.text, family: literal.version }];
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(name), resolver.resolve6(name)]);
  const found: LookupAddress[] = [
    ...(v4.status === 'fulfilled' ? v4.value.map((address) => ({ address, family: 4 })) : []),
    ...(v6.status === 'fulfilled' ? v6.value.map((address) => ({ address, family: 6 })) : []),
  ];
  if (found.length === 0) {
    const reason = v4.status === 'rejected' ? v4.reason : v6.status === 'rejected' ? v6.reason : undefined;
    const code = (reason as { code?: unknown } | undefined)?.code;
    throw new IssuerFetchError(
      'idp-unreachable',
      `\`${hostname}\` has no address${typeof code === 'string' ? ` (${code})` : ''}`,
    );
  }
  return found;
}

function isLocalhost(hostname: string): boolean {
  return /^localhost\.?$/i.test(hostname);
}

function isLoopback(text: string): boolean {
  return text === '::1' || text.startsWith('127.');
}

/** What went wrong on the connection, without anything the peer sent. */
function connectionFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `the connection failed (${code})` : 'the connection failed';
}
