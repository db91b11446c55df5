import { InvalidConfigurationError, MissingCredentialsError } from '../errors/sdk-errors.js';
import { AssumeRoleWithWebIdentityDocument } from '../generated/graphql.js';
import type { CredentialProvider } from './credential-provider.js';
import { type RefreshOptions, refreshingProvider } from './refreshing-provider.js';
import { roleSessionCredentials } from './role-session.js';

/** Options of `fromWebIdentity`: the role, where the token comes from, and the session's settings. */
export interface FromWebIdentityOptions extends RefreshOptions {
  /** The role to assume; its account must have registered the token's issuer as an OpenID Connect provider. */
  roleArn: string;
  /** The session name (2-64 characters of `[\w+=,.@-]`); `web-identity-<milliseconds>` by default. */
  roleSessionName?: string;
  /**
   * The OpenID Connect ID token, or a function that returns the current one (called on every renewal). Give this
   * or `webIdentityTokenFile`.
   */
  webIdentityToken?: string | (() => string | Promise<string>);
  /**
   * A file holding the token, read again on every renewal, as AWS SDKs read `AWS_WEB_IDENTITY_TOKEN_FILE`: the
   * platform (a Kubernetes projected service account token, a CI runner) replaces it before it expires. Node only.
   */
  webIdentityTokenFile?: string;
  /** 900 up to the role's maximum session duration (default 3,600). */
  durationSeconds?: number;
  /** An inline session policy that narrows the session. */
  policy?: string;
  /** Managed session policies of the role's account. */
  policyArns?: string[];
}

/** The token in `path`, without the line break editors and platforms leave at its end. */
async function readTokenFile(path: string): Promise<string> {
  // Imported here so that the SDK keeps loading in browsers and at the edge, which have no file system.
  const { readFile } = await import('node:fs/promises');
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new MissingCredentialsError(
      `the web identity token file \`${path}\` cannot be read${typeof code === 'string' ? ` (${code})` : ''}`,
      { cause: error },
    );
  }
}

/**
 * Sessions of a role for the holder of an OpenID Connect ID token (a CI job's, a Kubernetes pod's): no iamgate
 * secret at all, only a token the platform issues. Assumed through the gateway's `assumeRoleWithWebIdentity`
 * (`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`) and assumed again before the session expires, with
 * the token read again each time, like the AWS SDK's `fromTokenFile` / `fromWebToken`. The role's trust policy must
 * allow the provider (`"Principal": {"Federated": "<provider ARN>"}`).
 *
 * @example
 * // In a CI job whose runner writes an ID token for the audience `sts.iamgate` to a file:
 * const client = createClient({
 *   url,
 *   credentials: fromWebIdentity({
 *     roleArn: 'arn:iamgate:iam::123456789012:role/Deploy',
 *     roleSessionName: 'ci-run-42',
 *     webIdentityTokenFile: '/var/run/secrets/iamgate/token',
 *   }),
 * });
 */
export function fromWebIdentity(options: FromWebIdentityOptions): CredentialProvider {
  const { roleArn, webIdentityToken, webIdentityTokenFile, refreshBeforeSeconds, retryAfterFailureSeconds } =
    options;
  if (!roleArn) throw new InvalidConfigurationError('`fromWebIdentity` needs `roleArn`', 'roleArn');
  if ((webIdentityToken === undefined) === (webIdentityTokenFile === undefined)) {
    throw new InvalidConfigurationError(
      '`fromWebIdentity` needs exactly one of `webIdentityToken` and `webIdentityTokenFile`',
      'webIdentityToken',
    );
  }
  const token = async (): Promise<string> => {
    if (webIdentityTokenFile !== undefined) return readTokenFile(webIdentityTokenFile);
    return typeof webIdentityToken === 'function' ? webIdentityToken() : (webIdentityToken as string);
  };
  const roleSessionName = options.roleSessionName ?? `web-identity-${Date.now()}`;
  return refreshingProvider(
    async (context, signal) => {
      const input = {
        roleArn,
        roleSessionName,
        webIdentityToken: await token(),
        ...(options.durationSeconds === undefined ? {} : { durationSeconds: options.durationSeconds }),
        ...(options.policy === undefined ? {} : { policy: options.policy }),
        ...(options.policyArns === undefined ? {} : { policyArns: options.policyArns }),
      };
      // Sent without a session: the token is the credential.
      const { assumeRoleWithWebIdentity } = await context.execute(
        AssumeRoleWithWebIdentityDocument,
        { input },
        signal === undefined ? {} : { signal },
      );
      return roleSessionCredentials(assumeRoleWithWebIdentity);
    },
    {
      ...(refreshBeforeSeconds === undefined ? {} : { refreshBeforeSeconds }),
      ...(retryAfterFailureSeconds === undefined ? {} : { retryAfterFailureSeconds }),
    },
  );
}
