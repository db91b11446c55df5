import {
  type CredentialProvider,
  createClient,
  fromAccessKey,
  fromPassword,
  type MfaOptions,
  type SessionCredentials,
} from '@iamgate/sdk';
import { type CommandLine, singleValue } from '../args/command-line.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS } from '../args/global-options.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, envOf } from '../io.js';
import { clientBasics, profileName, URL_ENV } from '../profiles/connection.js';
import { type ProfileKey, readProfiles, updateProfile } from '../profiles/profile-file.js';
import { sessionEntries } from '../profiles/profile-provider.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { UsageError } from '../usage-error.js';

/** The password when neither `--password` nor `--password-stdin` is given. */
export const PASSWORD_ENV = 'IAMGATE_PASSWORD';

/** The options of `iamgate sign-in`. */
export const SIGN_IN_OPTIONS: ReadonlySet<string> = new Set([
  ...GLOBAL_VALUE_OPTIONS,
  ...GLOBAL_FLAGS,
  'email',
  'account',
  'user-name',
  'password',
  'password-stdin',
  'access-key-id',
  'secret-access-key',
  'mfa-code',
  'serial-number',
]);

/** The MFA code of a password sign-in (`--mfa-code`, `--serial-number`), for a principal with a device enabled. */
function mfaOptions(line: CommandLine): MfaOptions {
  const code = singleValue(line, 'mfa-code');
  const serialNumber = singleValue(line, 'serial-number');
  if (code === undefined) {
    if (serialNumber !== undefined) throw new UsageError('`--serial-number` goes with `--mfa-code`');
    return {};
  }
  return {
    mfaCodeProvider: async () => code,
    ...(serialNumber === undefined ? {} : { mfaSerialNumber: serialNumber }),
  };
}

async function password(io: CliIo, line: CommandLine): Promise<string> {
  if (line.options.has('password-stdin')) return (await io.readStdin()).split(/\r?\n/)[0] ?? '';
  const value = singleValue(line, 'password') ?? envOf(io)[PASSWORD_ENV];
  if (!value)
    throw new UsageError(`a password sign-in needs \`--password-stdin\`, \`--password\` or ${PASSWORD_ENV}`);
  return value;
}

/** The provider for the identity the line names, and the profile keys that identity leaves behind. */
async function identity(
  io: CliIo,
  line: CommandLine,
  stored: { accessKeyId?: string; secretAccessKey?: string },
): Promise<{ provider: CredentialProvider; keys: Partial<Record<ProfileKey, string | undefined>> }> {
  const email = singleValue(line, 'email');
  const account = singleValue(line, 'account');
  const userName = singleValue(line, 'user-name');
  const accessKeyId =
    singleValue(line, 'access-key-id') ?? (email || account ? undefined : stored.accessKeyId);
  const noKeys = { access_key_id: undefined, secret_access_key: undefined };
  if (email !== undefined) {
    return {
      provider: fromPassword({ email, password: await password(io, line), ...mfaOptions(line) }),
      keys: noKeys,
    };
  }
  if (account !== undefined || userName !== undefined) {
    if (!account || !userName) throw new UsageError('a user sign-in needs `--account` and `--user-name`');
    return {
      provider: fromPassword({ account, userName, password: await password(io, line), ...mfaOptions(line) }),
      keys: noKeys,
    };
  }
  const secretAccessKey = singleValue(line, 'secret-access-key') ?? stored.secretAccessKey;
  if (accessKeyId && secretAccessKey) {
    return {
      provider: fromAccessKey({ accessKeyId, secretAccessKey }),
      keys: { access_key_id: accessKeyId, secret_access_key: secretAccessKey },
    };
  }
  throw new UsageError(
    'sign-in needs `--email` (root), `--account` and `--user-name` (a user), or an access key (`--access-key-id` ' +
      'and `--secret-access-key`, or a profile configured with one)',
  );
}

/**
 * `iamgate sign-in`: signs in through the gateway's `signIn` (root e-mail and password, a user's password, or an
 * access key) and caches the session in the profile, which later commands use until it expires.
 */
export async function signInCommand(io: CliIo, line: CommandLine, output: OutputOptions): Promise<ExitCode> {
  for (const flag of line.options.keys()) {
    if (!SIGN_IN_OPTIONS.has(flag)) throw new UsageError(`unknown option \`--${flag}\` for \`sign-in\``);
  }
  const env = envOf(io);
  const { name } = profileName(io, line);
  const profile = (await readProfiles(env)).get(name) ?? {};
  const url = singleValue(line, 'url') ?? env[URL_ENV] ?? profile.url;
  if (!url) throw new UsageError(`no gateway url: pass --url or set ${URL_ENV}`);
  const { provider, keys } = await identity(io, line, {
    ...(profile.access_key_id ? { accessKeyId: profile.access_key_id } : {}),
    ...(profile.secret_access_key ? { secretAccessKey: profile.secret_access_key } : {}),
  });
  const client = createClient({ url, credentials: provider, ...clientBasics(io, line) });
  const session = (await client.credentials()) as SessionCredentials;
  await updateProfile(env, name, { url, ...keys, ...sessionEntries(session) });
  printResult(
    io,
    {
      profile: name,
      principalArn: session.principalArn ?? null,
      account: session.accountId ?? null,
      expiration: session.expiresAt?.toISOString() ?? null,
      passwordResetRequired: session.passwordResetRequired ?? false,
    },
    output,
  );
  return ExitCode.Ok;
}
