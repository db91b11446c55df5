import { MissingCredentialsError } from '../errors/sdk-errors.js';
import type { CredentialProvider } from './credential-provider.js';
import { fromAccessKey } from './from-access-key.js';
import { fromSessionToken } from './from-session-token.js';
import type { RefreshOptions } from './refreshing-provider.js';

/** The environment variables `fromEnv` reads, named after AWS's `AWS_ACCESS_KEY_ID` and friends. */
export const ENV_ACCESS_KEY_ID = 'IAMGATE_ACCESS_KEY_ID';
/** See `ENV_ACCESS_KEY_ID`. */
export const ENV_SECRET_ACCESS_KEY = 'IAMGATE_SECRET_ACCESS_KEY';
/** See `ENV_ACCESS_KEY_ID`. */
export const ENV_SESSION_TOKEN = 'IAMGATE_SESSION_TOKEN';

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
 * Credentials from the environment, read on first use: `IAMGATE_SESSION_TOKEN` (a session, used as it is) or else
 * `IAMGATE_ACCESS_KEY_ID` with `IAMGATE_SECRET_ACCESS_KEY` (signed in and renewed like `fromAccessKey`). Without
 * them, or with only half of the key pair, resolving fails with `MissingCredentials`.
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
    const missing = accessKeyId
      ? ENV_SECRET_ACCESS_KEY
      : secretAccessKey
        ? ENV_ACCESS_KEY_ID
        : `${ENV_SESSION_TOKEN}, or ${ENV_ACCESS_KEY_ID} and ${ENV_SECRET_ACCESS_KEY}`;
    throw new MissingCredentialsError(`no credentials in the environment: set ${missing}`);
  };
  return {
    async resolve(context, resolveOptions) {
      chosen ??= choose();
      return chosen.resolve(context, resolveOptions);
    },
  };
}
