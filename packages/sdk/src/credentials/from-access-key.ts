import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import type { CredentialProvider } from './credential-provider.js';
import { type RefreshOptions, refreshingProvider } from './refreshing-provider.js';
import { signIn } from './sign-in.js';

/** An IAM user's access key, as `createAccessKey` returned it. */
export interface AccessKeyCredentials {
  /** The access key id (`AKIA...`). */
  accessKeyId: string;
  /** The secret, shown once by `createAccessKey`. */
  secretAccessKey: string;
}

/**
 * Signs in with an IAM user's access key and keeps the session renewed before it expires: the way programs
 * authenticate, as with AWS access keys.
 *
 * @example
 * const client = createClient({
 *   url: 'https://iam.example.com/graphql',
 *   credentials: fromAccessKey({ accessKeyId: 'AKIA...', secretAccessKey: process.env.SECRET! }),
 * });
 */
export function fromAccessKey(key: AccessKeyCredentials, options: RefreshOptions = {}): CredentialProvider {
  if (!key.accessKeyId || !key.secretAccessKey) {
    throw new InvalidConfigurationError(
      'an access key needs both `accessKeyId` and `secretAccessKey`',
      'credentials',
    );
  }
  const accessKey = { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
  return refreshingProvider((context, signal) => signIn(context, { accessKey }, signal), options);
}
