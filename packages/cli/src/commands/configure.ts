import { type CommandLine, singleValue } from '../args/command-line.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS } from '../args/global-options.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, envOf } from '../io.js';
import { profileName } from '../profiles/connection.js';
import { credentialsFile, type ProfileKey, readProfiles, updateProfile } from '../profiles/profile-file.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { UsageError } from '../usage-error.js';

/** The options of `iamgate configure`. */
export const CONFIGURE_OPTIONS: ReadonlySet<string> = new Set([
  ...GLOBAL_VALUE_OPTIONS,
  ...GLOBAL_FLAGS,
  'access-key-id',
  'secret-access-key',
  'list',
]);

/** A session cached for one identity must not be sent for another: any change of url or key drops it. */
const SESSION_KEYS: Partial<Record<ProfileKey, undefined>> = {
  session_token: undefined,
  session_expiration: undefined,
  session_id: undefined,
  principal_arn: undefined,
  account: undefined,
};

async function list(io: CliIo, output: OutputOptions): Promise<ExitCode> {
  const profiles = [...(await readProfiles(envOf(io)))].map(([name, p]) => ({
    profile: name,
    url: p.url ?? null,
    principalArn: p.principal_arn ?? null,
    accessKeyId: p.access_key_id ?? null,
    sessionExpiration: p.session_expiration ?? null,
  }));
  printResult(io, profiles, output, {
    records: {
      header: ['PROFILE', 'URL', 'PRINCIPAL-ARN', 'ACCESS-KEY-ID', 'SESSION-EXPIRATION'],
      rows: profiles.map((p) => Object.values(p).map((v) => v ?? '')),
    },
  });
  return ExitCode.Ok;
}

/**
 * `iamgate configure [--profile NAME] [--url URL] [--access-key-id ID --secret-access-key SECRET]`: stores a
 * profile's gateway and access key, like `aws configure`, without contacting the gateway; `--list` shows the
 * profiles without their secrets.
 */
export async function configure(io: CliIo, line: CommandLine, output: OutputOptions): Promise<ExitCode> {
  for (const flag of line.options.keys()) {
    if (!CONFIGURE_OPTIONS.has(flag)) throw new UsageError(`unknown option \`--${flag}\` for \`configure\``);
  }
  if (line.options.has('list')) return list(io, output);
  const url = singleValue(line, 'url');
  const accessKeyId = singleValue(line, 'access-key-id');
  const secretAccessKey = singleValue(line, 'secret-access-key');
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined)) {
    throw new UsageError('`--access-key-id` and `--secret-access-key` go together');
  }
  if (url === undefined && accessKeyId === undefined) {
    throw new UsageError(
      'configure needs `--url`, or `--access-key-id` and `--secret-access-key`, or `--list`',
    );
  }
  if (url !== undefined && !/^https?:\/\//.test(url))
    throw new UsageError(`\`--url\` must be http(s), got \`${url}\``);
  const { name } = profileName(io, line);
  const env = envOf(io);
  await updateProfile(env, name, {
    ...SESSION_KEYS,
    ...(url === undefined ? {} : { url }),
    ...(accessKeyId === undefined ? {} : { access_key_id: accessKeyId, secret_access_key: secretAccessKey }),
  });
  printResult(
    io,
    { profile: name, file: credentialsFile(env), url: url ?? null, accessKeyId: accessKeyId ?? null },
    output,
  );
  return ExitCode.Ok;
}
