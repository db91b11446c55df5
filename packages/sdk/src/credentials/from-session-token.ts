import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import type { CredentialProvider, SessionCredentials } from './credential-provider.js';

/**
 * Uses a session token obtained elsewhere (the CLI's profile, an app that signed in), as it is: it is never
 * renewed, and once it expires the gateway answers `ExpiredToken`.
 *
 * @example
 * const client = createClient({ url, credentials: fromSessionToken(process.env.IAMGATE_SESSION_TOKEN!) });
 */
export function fromSessionToken(token: string, options: { expiresAt?: Date } = {}): CredentialProvider {
  if (!token) throw new InvalidConfigurationError('the session token is empty', 'credentials');
  const credentials: SessionCredentials =
    options.expiresAt === undefined ? { token } : { token, expiresAt: options.expiresAt };
  return { resolve: async () => credentials };
}
