import { isIamgateError } from '../errors/is-iamgate-error.js';
import type { CredentialContext, CredentialProvider } from './credential-provider.js';

/**
 * Runs `run` with the session of `provider`. When the gateway refuses the session with `ExpiredToken` (revoked, or
 * expired by a clock ahead of ours), the provider is asked for a new one and `run` is tried once more: the gateway
 * refused the request before running it, so running it again cannot repeat an effect. A provider that has nothing
 * newer (a session token given as it is) leaves the error as it was.
 */
export async function withSession<T>(
  provider: CredentialProvider,
  context: CredentialContext,
  run: (token: string) => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const options = signal === undefined ? {} : { signal };
  const session = await provider.resolve(context, options);
  try {
    return await run(session.token);
  } catch (error) {
    if (!isIamgateError(error, 'ExpiredToken')) throw error;
    const renewed = await provider.resolve(context, { ...options, forceRefresh: true });
    if (renewed.token === session.token) throw error;
    return run(renewed.token);
  }
}
