import dgram from 'node:dgram';
import { promises as dns } from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type NetworkAddress, parseNetworkAddress } from '@iamgate/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchIssuerJson, IssuerFetchError, resolveHost } from '../src/federation/bounded-fetch.js';
import { addressKind, embeddedIPv4 } from '../src/federation/issuer-address-policy.js';

const LOOPBACK = { allowLoopback: true, allowPrivate: false };
const STRICT = { allowLoopback: false, allowPrivate: false };

async function failure(promise: Promise<unknown>): Promise<IssuerFetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IssuerFetchError);
  return error as IssuerFetchError;
}

/**
 * How the gateway reads an issuer (`fetchIssuerJson`): only what it needs, from where it may, bounded in time and size,
 * so that registering a provider cannot turn the gateway into a proxy into its own network (server-side request
 * forgery) or make it wait or buffer without limit.
 */
describe('reading an OpenID Connect issuer', () => {
  let server: http.Server;
  let base: string;
  let requests = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests += 1;
      if (req.url === '/doc') {
        res.setHeader('content-type', 'application/json');
        res.end('{"issuer":"x"}');
      } else if (req.url === '/chunked-huge') {
        // No Content-Length: the size is only known by counting.
        res.writeHead(200, { 'content-type': 'application/json' });
        const chunk = 'x'.repeat(16_384);
        let sent = 0;
        const more = () => {
          while (sent < 64 && res.write(chunk)) sent += 1;
          if (sent < 64) res.once('drain', more);
          else res.end();
        };
        res.write('"');
        more();
      } else if (req.url === '/stall') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"partial":');
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads JSON from a loopback issuer when loopback issuers are allowed', async () => {
    expect(await fetchIssuerJson(`${base}/doc`, { timeoutMs: 2000, addresses: LOOPBACK })).toEqual({
      issuer: 'x',
    });
    // By name too: `localhost` is loopback without DNS.
    const byName = base.replace('127.0.0.1', 'localhost');
    expect(await fetchIssuerJson(`${byName}/doc`, { timeoutMs: 2000, addresses: LOOPBACK })).toEqual({
      issuer: 'x',
    });
  });

  it('refuses loopback, link-local and private addresses before connecting, by address or by name', async () => {
    const before = requests;
    expect(
      (await failure(fetchIssuerJson(`${base}/doc`, { timeoutMs: 2000, addresses: STRICT }))).message,
    ).toMatch(/https/);
    const port = (server.address() as AddressInfo).port;
    // A name is checked against every address it resolves to (here, loopback), so DNS cannot lead around the rule.
    expect(
      (
        await failure(
          fetchIssuerJson(`https://localhost:${port}/doc`, { timeoutMs: 2000, addresses: STRICT }),
        )
      ).message,
    ).toMatch(/loopback/);
    expect(
      (
        await failure(
          fetchIssuerJson(`https://127.0.0.1:${port}/doc`, { timeoutMs: 2000, addresses: STRICT }),
        )
      ).message,
    ).toMatch(/loopback/);
    const everything = { allowLoopback: true, allowPrivate: true };
    // Cloud metadata (link-local), RFC 6890's special-purpose blocks and the IPv6 prefixes that reach IPv4 (NAT64,
    // local-use NAT64, 6to4 with metadata's address inside) are never issuers, whatever the settings.
    for (const url of [
      'https://169.254.169.254/latest',
      'https://[fe80::1]/x',
      'https://[64:ff9b::a00:1]/x',
      'https://[64:ff9b:1::a9fe:a9fe]/',
      'https://[2002:a9fe:a9fe::1]/',
      'https://[::a9fe:a9fe]/',
      'https://[100::1]/',
      'https://[2001:db8::1]/',
      'https://192.0.0.8/',
      'https://192.0.2.1/',
      'https://198.18.0.1/',
      'https://198.51.100.1/',
      'https://203.0.113.1/',
    ]) {
      expect(
        (await failure(fetchIssuerJson(url, { timeoutMs: 2000, addresses: everything }))).message,
      ).toMatch(/reserved/);
    }
    expect(
      (await failure(fetchIssuerJson('https://10.0.0.1/x', { timeoutMs: 2000, addresses: STRICT }))).message,
    ).toMatch(/private/);
    // Plain http reaches loopback only, even where private addresses are allowed.
    await failure(fetchIssuerJson('http://10.0.0.1/x', { timeoutMs: 2000, addresses: everything }));
    expect(requests).toBe(before);
  });

  it('says why as a code safe to audit, and the detail in the message', async () => {
    const refused = await failure(
      fetchIssuerJson(`https://localhost:${(server.address() as AddressInfo).port}/doc`, {
        timeoutMs: 2000,
        addresses: STRICT,
      }),
    );
    expect(refused.code).toBe('idp-unreachable');
    expect(refused.message).toMatch(/resolves to `127\.0\.0\.1`/);
    const missing = await failure(
      fetchIssuerJson(`${base}/missing`, { timeoutMs: 2000, addresses: LOOPBACK }),
    );
    expect(missing.code).toBe('idp-invalid-answer');
    expect(missing.message).toBe('answered 404');
  });

  it('judges an IPv6 address that carries an IPv4 one by both', () => {
    const kind = (text: string) => addressKind(parseNetworkAddress(text) as NetworkAddress);
    expect(embeddedIPv4(parseNetworkAddress('2002:a9fe:a9fe::1') as NetworkAddress)?.text).toBe(
      '169.254.169.254',
    );
    expect(embeddedIPv4(parseNetworkAddress('64:ff9b::7f00:1') as NetworkAddress)?.text).toBe('127.0.0.1');
    expect(embeddedIPv4(parseNetworkAddress('2001:4860::1') as NetworkAddress)).toBeUndefined();
    expect(kind('2002:0a00:0001::1')).toBe('reserved');
    expect(kind('64:ff9b::808:808')).toBe('reserved');
    expect(kind('::1')).toBe('loopback');
    expect(kind('2606:4700::1111')).toBe('public');
  });

  it('stops reading past the size limit, even without a Content-Length', async () => {
    const error = await failure(
      fetchIssuerJson(`${base}/chunked-huge`, { timeoutMs: 5000, addresses: LOOPBACK, maxBytes: 65_536 }),
    );
    expect(error.message).toMatch(/larger than 65536 bytes/);
  });

  // Names are resolved with DNS queries (off libuv's thread pool, which getaddrinfo would hold), within the time.
  describe('resolving an issuer host', () => {
    let silent: dgram.Socket;
    let resolver: dns.Resolver;
    let queries = 0;

    beforeAll(async () => {
      // A DNS server that never answers.
      silent = dgram.createSocket('udp4');
      silent.on('message', () => {
        queries += 1;
      });
      await new Promise<void>((resolve) => silent.bind(0, '127.0.0.1', resolve));
      resolver = new dns.Resolver({ timeout: 200, tries: 1 });
      resolver.setServers([`127.0.0.1:${silent.address().port}`]);
    });
    afterAll(() => silent.close());

    it('reads localhost and literal addresses without asking DNS', async () => {
      expect(await resolveHost('localhost', resolver)).toEqual([
        { address: '127.0.0.1', family: 4 },
        { address: '::1', family: 6 },
      ]);
      expect(await resolveHost('LOCALHOST.', resolver)).toHaveLength(2);
      expect(await resolveHost('[::1]', resolver)).toEqual([{ address: '::1', family: 6 }]);
      expect(await resolveHost('192.0.2.7', resolver)).toEqual([{ address: '192.0.2.7', family: 4 }]);
      expect(queries).toBe(0);
    });

    it('gives up on a name DNS does not answer within the resolver timeout', async () => {
      const start = performance.now();
      const error = await failure(resolveHost('issuer.example.com', resolver));
      expect(performance.now() - start).toBeLessThan(1500);
      expect(error.code).toBe('idp-unreachable');
      expect(queries).toBeGreaterThan(0);
    });
  });

  it('gives up at the timeout when the answer stalls half-way', async () => {
    const start = performance.now();
    const error = await failure(fetchIssuerJson(`${base}/stall`, { timeoutMs: 300, addresses: LOOPBACK }));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(error.message).toMatch(/300 ms/);
  });
});
