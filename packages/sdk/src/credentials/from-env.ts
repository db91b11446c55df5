import { MissingCredentialsError } from '../errors/sdk-errors.js';
import type { CredentialProvider } from './credential-provider.js';
import { fromAccessKey } from './from-access-key.js';
import { fromSessionToken } from './from-session-token.js';
import { fromWebIdentity } from './from-web-identity.js';
import type { RefreshOptions } from './refreshing-provider.js';

/** The environment variables `fromEnv` reads, named after AWS's `AWS_ACCESS_KEY_ID` and friends. */
export const ENV_ACCESS_KEY_ID = 'IAMGATE_ACCESS_KEY_ID';
/** See `ENV_ACCESS_KEY_ID`. */
export const ENV_SECRET_ACCESS_KEY = 'IAMGATE_SECRET_ACCESS_KEY';
/** See `ENV_ACCESS_KEY_ID`. */
export const ENV_SESSION_TOKEN = 'IAMGATE_SESSION_TOKEN';
/** A file holding an OpenID Connect ID token for `fromWebIdentity`, like AWS's `AWS_WEB_IDENTITY_TOKEN_FILE`. */
export const ENV_WEB_IDENTITY_TOKEN_FILE = 'IAMGATE_WEB_IDENTITY_TOKEN_FILE';
/** The role `IAMGATE_WEB_IDENTITY_TOKEN_FILE`'s token assumes, like AWS's `AWS_ROLE_ARN`. */
export const ENV_ROLE_ARN = 'IAMGATE_ROLE_ARN';
/** The session name of that role, like AWS's `AWS_ROLE_SESSION_NAME` (optional). */
export const ENV_ROLE_SESSION_NAME = 'IAMGATE_ROLE_SESSION_NAME';

/** Options of `fromEnv`. */
export interface FromEnvOptions extends RefreshOptions {
  /** The variables to read; `process.env` by default. */
  env?: Readonly<Record<string, string | undefined>>;
}

function processEnv(): Readonly<Record<string, string | undefined>> {
  // Edge runtimes and browsers have no `process`; they pass `env` explicitly.
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

/**
 * Credentials from the environment, read on first use: `IAMGATE_SESSION_TOKEN` (a session, used as it is), else
 * `IAMGATE_ACCESS_KEY_ID` with `IAMGATE_SECRET_ACCESS_KEY` (signed in and renewed like `fromAccessKey`), else
 * `IAMGATE_WEB_IDENTITY_TOKEN_FILE` with `IAMGATE_ROLE_ARN` and optionally `IAMGATE_ROLE_SESSION_NAME` (the role
 * assumed with the file's token, read again on every renewal, like `fromWebIdentity`). Without any of them, or
 * with only half of a pair, resolving fails with `MissingCredentials`.
 *
 * @example
 * // IAMGATE_ACCESS_KEY_ID=AKIA... IAMGATE_SECRET_ACCESS_KEY=... node app.js
 * const client = createClient({ url, credentials: fromEnv() });
 */
export function fromEnv(options: FromEnvOptions = {}): CredentialProvider {
  let chosen: CredentialProvider | undefined;
  const choose = (): CredentialProvider => {
    const env = options.env ?? processEnv();
    const token = env[ENV_SESSION_TOKEN];
    if (token) return fromSessionToken(token);
    const accessKeyId = env[ENV_ACCESS_KEY_ID];
    const secretAccessKey = env[ENV_SECRET_ACCESS_KEY];
    if (accessKeyId && secretAccessKey) return fromAccessKey({ accessKeyId, secretAccessKey }, options);
    const tokenFile = env[ENV_WEB_IDENTITY_TOKEN_FILE];
    const roleArn = env[ENV_ROLE_ARN];
    const roleSessionName = env[ENV_ROLE_SESSION_NAME];
    if (tokenFile && roleArn && !accessKeyId && !secretAccessKey) {
      const { env: _env, ...refresh } = options;
      return fromWebIdentity({
        ...refresh,
        roleArn,
        webIdentityTokenFile: tokenFile,
        ...(roleSessionName ? { roleSessionName } : {}),
      });
    }
    const missing = accessKeyId
      ? ENV_SECRET_ACCESS_KEY
      : secretAccessKey
        ? ENV_ACCESS_KEY_ID
        : tokenFile
          ? ENV_ROLE_ARN
          : roleArn
            ? ENV_WEB_IDENTITY_TOKEN_FILE
            : `${ENV_SESSION_TOKEN}, or ${ENV_ACCESS_KEY_ID} and ${ENV_SECRET_ACCESS_KEY}, or ${ENV_WEB_IDENTITY_TOKEN_FILE} and ${ENV_ROLE_ARN}`;
    throw new MissingCredentialsError(`no credentials in the environment: set ${missing}`);
  };
  return {
    async resolve(context, resolveOptions) {
      chosen ??= choose();
      return chosen.resolve(context, resolveOptions);
    },
  };
}
