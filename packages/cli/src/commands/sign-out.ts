import { createClient, isIamgateError } from '@iamgate/sdk';
import { type CommandLine, singleValue } from '../args/command-line.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS } from '../args/global-options.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, envOf } from '../io.js';
import { clientBasics, profileName, URL_ENV } from '../profiles/connection.js';
import { readProfiles, updateProfile } from '../profiles/profile-file.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { UsageError } from '../usage-error.js';

/**
 * `iamgate sign-out [--profile NAME]`: revokes the profile's cached session at the gateway (`revokeSession`; anyone
 * may revoke their own) and removes it from the profile. A session the gateway already refuses is just removed.
 */
export async function signOutCommand(io: CliIo, line: CommandLine, output: OutputOptions): Promise<ExitCode> {
  for (const flag of line.options.keys()) {
    if (!GLOBAL_VALUE_OPTIONS.has(flag) && !GLOBAL_FLAGS.has(flag)) {
      throw new UsageError(`unknown option \`--${flag}\` for \`sign-out\``);
    }
  }
  const env = envOf(io);
  const { name } = profileName(io, line);
  const profile = (await readProfiles(env)).get(name);
  const url = singleValue(line, 'url') ?? env[URL_ENV] ?? profile?.url;
  let revoked = false;
  if (profile?.session_token && profile.session_id && url) {
    const client = createClient({
      url,
      credentials: { sessionToken: profile.session_token },
      ...clientBasics(io, line),
    });
    try {
      revoked = await client.api.revokeSession({ sessionId: profile.session_id });
    } catch (error) {
      if (!isIamgateError(error, 'ExpiredToken')) throw error;
    }
  }
  if (profile !== undefined) {
    await updateProfile(env, name, {
      session_token: undefined,
      session_expiration: undefined,
      session_id: undefined,
    });
  }
  printResult(io, { profile: name, revoked }, output);
  return ExitCode.Ok;
}
