import { type CommandLine, singleValue } from '../args/command-line.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, envOf } from '../io.js';
import { formatJson, formatTable, type OutputFormat } from '../output.js';
import { profileName } from '../profiles/connection.js';
import { credentialsFile, type ProfileKey, readProfiles, updateProfile } from '../profiles/profile-file.js';
import { UsageError } from '../usage-error.js';

const OPTIONS = new Set(['profile', 'output', 'url', 'access-key-id', 'secret-access-key', 'list', 'help']);

/** A session cached for one identity must not be sent for another: any change of url or key drops it. */
const SESSION_KEYS: Partial<Record<ProfileKey, undefined>> = {
  session_token: undefined,
  session_expiration: undefined,
  session_id: undefined,
  principal_arn: undefined,
  account: undefined,
};

async function list(io: CliIo, output: OutputFormat): Promise<ExitCode> {
  const profiles = [...(await readProfiles(envOf(io)))].map(([name, p]) => ({
    profile: name,
    url: p.url ?? null,
    principalArn: p.principal_arn ?? null,
    accessKeyId: p.access_key_id ?? null,
    sessionExpiration: p.session_expiration ?? null,
  }));
  if (output === 'json') io.stdout(formatJson(profiles));
  else {
    const header = ['PROFILE', 'URL', 'PRINCIPAL-ARN', 'ACCESS-KEY-ID', 'SESSION-EXPIRATION'];
    io.stdout(
      formatTable(
        header,
        profiles.map((p) => Object.values(p).map((v) => v ?? '')),
      ),
    );
  }
  return ExitCode.Ok;
}

/**
 * `iamgate configure [--profile NAME] [--url URL] [--access-key-id ID --secret-access-key SECRET]`: stores a
 * profile's gateway and access key, like `aws configure`, without contacting the gateway; `--list` shows the
 * profiles without their secrets.
 */
export async function configure(io: CliIo, line: CommandLine, output: OutputFormat): Promise<ExitCode> {
  for (const flag of line.options.keys()) {
    if (!OPTIONS.has(flag)) throw new UsageError(`unknown option \`--${flag}\` for \`configure\``);
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
  io.stdout(
    formatJson({
      profile: name,
      file: credentialsFile(env),
      url: url ?? null,
      accessKeyId: accessKeyId ?? null,
    }),
  );
  return ExitCode.Ok;
}
