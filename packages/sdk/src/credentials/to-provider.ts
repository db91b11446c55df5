import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import type { CredentialProvider } from './credential-provider.js';
import { type AccessKeyCredentials, fromAccessKey } from './from-access-key.js';
import { fromPassword, type PasswordCredentials } from './from-password.js';
import { fromSessionToken } from './from-session-token.js';

/** A session token given as it is (see `fromSessionToken`). */
export interface SessionTokenCredentials {
  sessionToken: string;
  expiresAt?: Date;
}

/**
 * What `createClient({ credentials })` accepts: a provider, or the plain values of one (an access key pair, a
 * password, a session token), which get the matching provider.
 */
export type CredentialsInput =
  | CredentialProvider
  | AccessKeyCredentials
  | PasswordCredentials
  | SessionTokenCredentials;

/** The provider for `input`. */
export function toCredentialProvider(input: CredentialsInput): CredentialProvider {
  if (typeof input !== 'object' || input === null) {
    throw new InvalidConfigurationError('`credentials` must be an object or a provider', 'credentials');
  }
  if ('resolve' in input && typeof input.resolve === 'function') return input;
  if ('sessionToken' in input) {
    return fromSessionToken(input.sessionToken, input.expiresAt ? { expiresAt: input.expiresAt } : {});
  }
  if ('accessKeyId' in input) return fromAccessKey(input);
  if ('password' in input) return fromPassword(input);
  throw new InvalidConfigurationError(
    '`credentials` must be a provider, `{ accessKeyId, secretAccessKey }`, `{ account, userName, password }`, ' +
      '`{ email, password }` or `{ sessionToken }`',
    'credentials',
  );
}
