import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import { AssumeRoleDocument, type AssumeRoleInput } from '../generated/graphql.js';
import type { CredentialProvider } from './credential-provider.js';
import { type RefreshOptions, refreshingProvider } from './refreshing-provider.js';
import { roleSessionCredentials } from './role-session.js';
import { type CredentialsInput, toCredentialProvider } from './to-provider.js';
import { withSession } from './with-session.js';

/** Options of `fromAssumeRole`: `assumeRole`'s input, the credentials that assume it, and renewal settings. */
export interface FromAssumeRoleOptions extends AssumeRoleInput, RefreshOptions {
  /** Who assumes the role: a provider (another `fromAssumeRole` for role chaining) or plain credentials. */
  source: CredentialsInput;
}

/**
 * Sessions of a role, assumed with the credentials of `source` through the gateway's `assumeRole`
 * (`STS/latest/APIReference/API_AssumeRole.html`) and assumed again before they expire, like the AWS SDK's
 * `fromTemporaryCredentials`. The role's trust policy must allow the source principal.
 *
 * @example
 * const deployer = createClient({
 *   url,
 *   credentials: fromAssumeRole({
 *     roleArn: 'arn:iamgate:iam::123456789012:role/Deployer',
 *     roleSessionName: 'ci-run-42',
 *     durationSeconds: 900,
 *     source: fromEnv(),
 *   }),
 * });
 */
export function fromAssumeRole(options: FromAssumeRoleOptions): CredentialProvider {
  const { source, refreshBeforeSeconds, retryAfterFailureSeconds, ...input } = options;
  if (!input.roleArn || !input.roleSessionName) {
    throw new InvalidConfigurationError(
      '`fromAssumeRole` needs `roleArn` and `roleSessionName`',
      'credentials',
    );
  }
  const sourceProvider = toCredentialProvider(source);
  return refreshingProvider(
    async (context, signal) => {
      const { assumeRole } = await withSession(
        sourceProvider,
        context,
        (token) => context.execute(AssumeRoleDocument, { input }, signal ? { token, signal } : { token }),
        signal,
      );
      return roleSessionCredentials(assumeRole);
    },
    {
      ...(refreshBeforeSeconds === undefined ? {} : { refreshBeforeSeconds }),
      ...(retryAfterFailureSeconds === undefined ? {} : { retryAfterFailureSeconds }),
    },
  );
}
