import type {
  CredentialContext,
  CredentialProvider,
  ResolveOptions,
  SessionCredentials,
} from './credential-provider.js';

/** Options of `refreshingProvider`. */
export interface RefreshOptions {
  /**
   * Renew this many seconds before expiry (AWS's SDKs use five minutes), or at half the session's lifetime when
   * that comes later, so short sessions are not renewed on every call. Default 300.
   */
  refreshBeforeSeconds?: number;
  /** After a failed renewal while the session is still valid, wait this long before trying again. Default 30. */
  retryAfterFailureSeconds?: number;
}

interface Cached {
  credentials: SessionCredentials;
  /** When to renew, in ms since the epoch; `Infinity` for credentials without an expiry. */
  renewAt: number;
  expiresAt: number;
}

/**
 * A provider that obtains credentials with `obtain` (a sign-in, an assumed role), caches them, and obtains new
 * ones before they expire. Concurrent callers share one renewal. When a renewal fails while the cached session is
 * still valid, the cached session is used and renewal is tried again later; once it has expired, the failure is
 * thrown. The building block of `fromAccessKey`, `fromPassword` and any provider of expiring sessions.
 *
 * @example
 * const provider = refreshingProvider((context) => signInWithMyVault(context));
 */
export function refreshingProvider(
  obtain: (context: CredentialContext, signal?: AbortSignal) => Promise<SessionCredentials>,
  options: RefreshOptions = {},
): CredentialProvider {
  const before = (options.refreshBeforeSeconds ?? 300) * 1000;
  const pause = (options.retryAfterFailureSeconds ?? 30) * 1000;
  let cached: Cached | undefined;
  let inFlight: Promise<SessionCredentials> | undefined;

  const renew = (context: CredentialContext, signal?: AbortSignal): Promise<SessionCredentials> => {
    inFlight ??= (async () => {
      const obtainedAt = context.now().getTime();
      try {
        const credentials = await obtain(context, signal);
        const expiresAt = credentials.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
        const lead = Math.min(before, (expiresAt - obtainedAt) / 2);
        cached = { credentials, expiresAt, renewAt: expiresAt - lead };
        return credentials;
      } catch (error) {
        const now = context.now().getTime();
        if (cached === undefined || now >= cached.expiresAt) throw error;
        cached = { ...cached, renewAt: Math.min(now + pause, cached.expiresAt) };
        return cached.credentials;
      } finally {
        inFlight = undefined;
      }
    })();
    return inFlight;
  };

  return {
    async resolve(context: CredentialContext, resolveOptions: ResolveOptions = {}) {
      if (resolveOptions.forceRefresh) cached = undefined;
      if (cached !== undefined && context.now().getTime() < cached.renewAt) return cached.credentials;
      return renew(context, resolveOptions.signal);
    },
  };
}
