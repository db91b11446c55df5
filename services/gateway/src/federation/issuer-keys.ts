import { createLocalJWKSet, type JWTVerifyGetKey } from 'jose';
import { LruMap } from '../cache/lru-map.js';
import type { FederationSettings } from '../config/federation-config.js';
import { fetchIssuerJson, IssuerFetchError } from './bounded-fetch.js';
import { issuerAddressPolicy } from './issuer-address-policy.js';

/** After a token names a key the cached set lacks, the set is fetched again at most this often per issuer. */
export const UNKNOWN_KEY_COOLDOWN_MS = 30_000;
/** After a failed fetch, the failure is the answer for this long before the issuer is asked again. */
export const FAILED_FETCH_RETRY_MS = 5_000;
/**
 * How many issuers one gateway reads at once; past it a call that needs a read answers `IDPCommunicationError` at
 * once (`idp-busy`), so that slow issuers hold at most this many sockets and timers, whoever registered them.
 */
export const MAX_CONCURRENT_ISSUER_FETCHES = 8;
/** How many issuers' keys are kept (least recently used dropped first). */
const MAX_ISSUERS = 1000;

/** Options of `IssuerKeys`. */
export interface IssuerKeysOptions {
  /** Reads JSON from an issuer's URL within `timeoutMs`, bounded (`fetchIssuerJson` with the gateway's settings). */
  fetchJson: (url: string, timeoutMs: number) => Promise<unknown>;
  /** The longest one read may take (`IAMGATE_OIDC_FETCH_TIMEOUT_MS`); less when the caller's time runs out first. */
  fetchTimeoutMs: number;
  /** How long a fetched key set is used before it is fetched again. */
  ttlMs: number;
  /** The gateway's clock (frozen in tests). */
  now: () => Date;
  /** Reads of issuers in flight at once (default `MAX_CONCURRENT_ISSUER_FETCHES`). */
  maxConcurrentFetches?: number;
}

interface Entry {
  keys?: { verify: JWTVerifyGetKey; fetchedAt: number };
  failure?: { error: IssuerFetchError; at: number };
  /** When the latest fetch started; bounds the fetches an unknown key can cause. */
  fetchStartedAt?: number;
  inFlight?: Promise<JWTVerifyGetKey>;
}

/**
 * The signing keys of OpenID Connect issuers, found as OpenID Connect Discovery 1.0 says (the discovery document at
 * `<issuer>/.well-known/openid-configuration`, whose `issuer` must equal the issuer exactly and whose `jwks_uri`
 * names the key set, RFC 7517) and kept per issuer for the TTL. One fetch per issuer at a time: concurrent callers
 * share it, each waiting no longer than its own deadline; at most `maxConcurrentFetches` issuers are read at once. A
 * failed fetch is the answer for a few seconds, and a token naming a key the set lacks starts a fetch in the
 * background at most every 30 seconds, so no caller can make the gateway hammer an issuer, nor time how long the
 * issuer takes. Which issuers are ever fetched is the caller's business: only those of registered providers.
 */
export class IssuerKeys {
  private readonly entries = new LruMap<string, Entry>(MAX_ISSUERS);
  private fetching = 0;

  constructor(private readonly options: IssuerKeysOptions) {}

  private entry(issuer: string): Entry {
    let entry = this.entries.get(issuer);
    if (entry === undefined) {
      entry = {};
      this.entries.set(issuer, entry);
    }
    return entry;
  }

  /**
   * The issuer's keys: from memory while younger than the TTL, else fetched; `IssuerFetchError` when unreadable, or
   * when they are not there by `deadline` (a `performance.now()` time), which also bounds a fetch this call starts.
   */
  async current(issuer: string, deadline = Number.POSITIVE_INFINITY): Promise<JWTVerifyGetKey> {
    const entry = this.entry(issuer);
    const now = this.options.now().getTime();
    if (entry.keys !== undefined && now - entry.keys.fetchedAt < this.options.ttlMs) return entry.keys.verify;
    if (entry.inFlight !== undefined) return withDeadline(entry.inFlight, deadline);
    if (entry.failure !== undefined && now - entry.failure.at < FAILED_FETCH_RETRY_MS) {
      const { code, message } = entry.failure.error;
      throw new IssuerFetchError(code, message, true);
    }
    // A call out of time starts no read: its lateness is no failure of the issuer, to be kept as one.
    if (deadline <= performance.now()) {
      throw new IssuerFetchError('idp-unreachable', 'no time left to read the issuer');
    }
    return withDeadline(this.fetch(issuer, entry, deadline), deadline);
  }

  /**
   * Fetches the issuer's keys again in the background because a token named a key the cached set lacks (the issuer
   * may have rotated), unless a fetch is under way, started less than `UNKNOWN_KEY_COOLDOWN_MS` ago, or the gateway
   * reads as many issuers as it may. The token that asked is refused at once either way: whether a refusal waited on
   * an issuer would tell anyone whether a role's account registered that issuer.
   */
  refreshInBackground(issuer: string): void {
    const entry = this.entry(issuer);
    if (entry.inFlight !== undefined || this.fetching >= this.maxFetches) return;
    const now = this.options.now().getTime();
    if (entry.fetchStartedAt !== undefined && now - entry.fetchStartedAt < UNKNOWN_KEY_COOLDOWN_MS) return;
    this.fetch(issuer, entry, Number.POSITIVE_INFINITY).catch(() => undefined);
  }

  private get maxFetches(): number {
    return this.options.maxConcurrentFetches ?? MAX_CONCURRENT_ISSUER_FETCHES;
  }

  private fetch(issuer: string, entry: Entry, deadline: number): Promise<JWTVerifyGetKey> {
    if (this.fetching >= this.maxFetches) {
      // The gateway's limit, not the issuer's failure: nothing is recorded against the issuer.
      return Promise.reject(
        new IssuerFetchError('idp-busy', `${this.fetching} issuer reads in flight, the most allowed`),
      );
    }
    this.fetching += 1;
    entry.fetchStartedAt = this.options.now().getTime();
    const fetching = this.load(issuer, deadline).then(
      (verify) => {
        entry.keys = { verify, fetchedAt: this.options.now().getTime() };
        entry.failure = undefined;
        return verify;
      },
      (error: unknown) => {
        const failure =
          error instanceof IssuerFetchError
            ? error
            : new IssuerFetchError('idp-invalid-answer', 'the issuer could not be read');
        entry.failure = { error: failure, at: this.options.now().getTime() };
        throw failure;
      },
    );
    entry.inFlight = fetching;
    const done = () => {
      this.fetching -= 1;
      if (entry.inFlight === fetching) entry.inFlight = undefined;
    };
    fetching.then(done, done);
    return fetching;
  }

  /** Discovery document, then key set, both within `deadline`. */
  private async load(issuer: string, deadline: number): Promise<JWTVerifyGetKey> {
    const discovery = await this.read(
      `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`,
      deadline,
    );
    if (typeof discovery !== 'object' || discovery === null || Array.isArray(discovery)) {
      throw new IssuerFetchError('idp-invalid-answer', 'the discovery document is not a JSON object');
    }
    const document = discovery as { issuer?: unknown; jwks_uri?: unknown };
    // OpenID Connect Discovery 1.0, section 4.3: "The issuer value returned MUST be identical to the Issuer URL".
    if (document.issuer !== issuer) {
      throw new IssuerFetchError('idp-invalid-answer', 'the discovery document names another issuer');
    }
    if (typeof document.jwks_uri !== 'string') {
      throw new IssuerFetchError('idp-invalid-answer', 'the discovery document has no `jwks_uri`');
    }
    const jwks = await this.read(document.jwks_uri, deadline);
    try {
      return createLocalJWKSet(jwks as Parameters<typeof createLocalJWKSet>[0]);
    } catch {
      throw new IssuerFetchError('idp-invalid-answer', 'the key set is not a JSON Web Key Set');
    }
  }

  /** One read, within the fetch timeout and what is left before `deadline`. */
  private read(url: string, deadline: number): Promise<unknown> {
    const left = Math.floor(deadline - performance.now());
    if (left <= 0) {
      return Promise.reject(new IssuerFetchError('idp-unreachable', 'no time left to read the issuer'));
    }
    return this.options.fetchJson(url, Math.min(this.options.fetchTimeoutMs, left));
  }
}

/** `promise`, or `IssuerFetchError` when it has not settled by `deadline` (a `performance.now()` time). */
function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  if (deadline === Number.POSITIVE_INFINITY) return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new IssuerFetchError('idp-unreachable', 'the issuer did not answer within the time of the call'),
        ),
      Math.max(0, deadline - performance.now()),
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * The issuer keys of a gateway: each read within `settings.fetchTimeoutMs` from the addresses the settings allow,
 * kept `settings.keysTtlSeconds`.
 */
export function issuerKeysFor(settings: FederationSettings, now: () => Date): IssuerKeys {
  const addresses = issuerAddressPolicy(settings);
  return new IssuerKeys({
    fetchJson: (url, timeoutMs) => fetchIssuerJson(url, { timeoutMs, addresses }),
    fetchTimeoutMs: settings.fetchTimeoutMs,
    ttlMs: settings.keysTtlSeconds * 1000,
    now,
  });
}
