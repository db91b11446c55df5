import {
  type CredentialsInput,
  createClient,
  ENV_ACCESS_KEY_ID,
  ENV_ROLE_ARN,
  ENV_SESSION_TOKEN,
  ENV_WEB_IDENTITY_TOKEN_FILE,
  fromEnv,
  type IamgateClient,
} from '@iamgate/sdk';
import { type CommandLine, singleValue } from '../args/command-line.js';
import { type CliIo, envOf } from '../io.js';
import { UsageError } from '../usage-error.js';
import { type Profile, readProfiles } from './profile-file.js';
import { profileProvider } from './profile-provider.js';

/** Names the profile to use when `--profile` is not given; `default` otherwise. */
export const PROFILE_ENV = 'IAMGATE_PROFILE';
/** The gateway URL, over the profile's. */
export const URL_ENV = 'IAMGATE_URL';
/** Attempts per request on network failures (1 for no retries), like `AWS_MAX_ATTEMPTS`. */
export const MAX_ATTEMPTS_ENV = 'IAMGATE_MAX_ATTEMPTS';

/** The profile a command line names. */
export function profileName(io: CliIo, line: CommandLine): { name: string; explicit: boolean } {
  const flag = singleValue(line, 'profile');
  if (flag !== undefined) return { name: flag, explicit: true };
  // As `AWS_PROFILE`: it names the profile, but credentials in the environment still come first.
  return { name: envOf(io)[PROFILE_ENV] || 'default', explicit: false };
}

/** A client as a command line asks: its gateway and credentials, and the profile they come from. */
export interface Connection {
  client: IamgateClient;
  profile: string;
}

/** How long one attempt waits for the gateway's answer without `--cli-read-timeout`: the AWS CLI's 60 seconds. */
export const DEFAULT_READ_TIMEOUT_SECONDS = 60;

/**
 * `--cli-read-timeout SECONDS` in milliseconds, as the SDK's `requestTimeoutMs`: how long each attempt of a request
 * may wait for the gateway's whole answer (0 waits for ever, as in the AWS CLI). Fractions are allowed.
 */
export function readTimeoutMs(line: CommandLine): number {
  const value = singleValue(line, 'cli-read-timeout');
  if (value === undefined) return DEFAULT_READ_TIMEOUT_SECONDS * 1000;
  const seconds = Number(value);
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) {
    throw new UsageError(`\`--cli-read-timeout\` takes a number of seconds (0 for none), got \`${value}\``);
  }
  // A fraction of a millisecond still bounds the wait: only 0 means none.
  return seconds === 0 ? 0 : Math.max(1, Math.round(seconds * 1000));
}

/**
 * The client options shared by every command: the injected fetch, the retry setting of the environment and the
 * read timeout of the command line.
 */
export function clientBasics(
  io: CliIo,
  line: CommandLine,
): Pick<Parameters<typeof createClient>[0], 'fetch' | 'retry' | 'requestTimeoutMs'> {
  const attempts = envOf(io)[MAX_ATTEMPTS_ENV];
  return {
    ...(io.fetch === undefined ? {} : { fetch: io.fetch }),
    ...(attempts ? { retry: { maxAttempts: Number(attempts) } } : {}),
    requestTimeoutMs: readTimeoutMs(line),
  };
}

/**
 * The client of a command, resolved as the AWS CLI does: the URL from `--url`, `IAMGATE_URL` or the profile; the
 * credentials from `--profile` when given, else from the SDK's environment variables when set, else from the
 * profile (`IAMGATE_PROFILE` or `default`).
 */
export async function connect(
  io: CliIo,
  line: CommandLine,
  options: { anonymous?: boolean } = {},
): Promise<Connection> {
  const env = envOf(io);
  const { name, explicit } = profileName(io, line);
  const profile: Profile | undefined = (await readProfiles(env)).get(name);
  if (profile === undefined && singleValue(line, 'profile') !== undefined) {
    throw new UsageError(`no profile \`${name}\`; create it with iamgate configure or iamgate sign-in`);
  }
  const url = singleValue(line, 'url') ?? env[URL_ENV] ?? profile?.url;
  if (!url) {
    throw new UsageError(`no gateway url: pass --url, set ${URL_ENV}, or run iamgate configure --url URL`);
  }
  // A web identity token file counts as credentials only with the role it assumes (`AWS_WEB_IDENTITY_TOKEN_FILE`).
  const envCredentials = Boolean(
    env[ENV_SESSION_TOKEN] ||
      env[ENV_ACCESS_KEY_ID] ||
      (env[ENV_WEB_IDENTITY_TOKEN_FILE] && env[ENV_ROLE_ARN]),
  );
  const profileCredentials = Boolean(profile?.session_token || profile?.access_key_id);
  let credentials: CredentialsInput | undefined;
  if (options.anonymous) {
    credentials = undefined;
  } else if (profile !== undefined && profileCredentials && (explicit || !envCredentials)) {
    credentials = profileProvider(env, name, profile);
  } else if (envCredentials) {
    credentials = fromEnv({ env });
  } else {
    throw new UsageError(
      `no credentials for profile \`${name}\`: run iamgate sign-in, iamgate configure, or set ${ENV_ACCESS_KEY_ID}`,
    );
  }
  const client = createClient({
    url,
    ...(credentials === undefined ? {} : { credentials }),
    ...clientBasics(io, line),
  });
  return { client, profile: name };
}
