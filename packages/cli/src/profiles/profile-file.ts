import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The environment variable that moves the configuration directory (tests, several setups on one machine). */
export const CONFIG_DIR_ENV = 'IAMGATE_CONFIG_DIR';

/**
 * The keys a profile stores, in `~/.iamgate/credentials` as `key = value` lines under `[name]`, like the AWS CLI's
 * `~/.aws/credentials`.
 */
export type ProfileKey =
  | 'url'
  | 'account'
  | 'principal_arn'
  | 'access_key_id'
  | 'secret_access_key'
  | 'session_token'
  | 'session_expiration'
  | 'session_id';

/** One profile's settings; keys this version does not know are kept as they are. */
export type Profile = Partial<Record<ProfileKey, string>> & Record<string, string>;

/** The directory of the credentials file: `$IAMGATE_CONFIG_DIR`, else `~/.iamgate`. */
export function configDir(env: Readonly<Record<string, string | undefined>>): string {
  return env[CONFIG_DIR_ENV] || join(homedir(), '.iamgate');
}

/** The credentials file. */
export function credentialsFile(env: Readonly<Record<string, string | undefined>>): string {
  return join(configDir(env), 'credentials');
}

function parse(source: string): Map<string, Profile> {
  const profiles = new Map<string, Profile>();
  let current: Profile | undefined;
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      const name = (section[1] as string).trim();
      current = profiles.get(name) ?? {};
      profiles.set(name, current);
      continue;
    }
    const equals = line.indexOf('=');
    if (current === undefined || equals === -1) continue;
    current[line.slice(0, equals).trim()] = line.slice(equals + 1).trim();
  }
  return profiles;
}

function format(profiles: ReadonlyMap<string, Profile>): string {
  const sections = [...profiles].map(([name, profile]) => {
    const lines = Object.entries(profile).map(([key, value]) => `${key} = ${value}\n`);
    return `[${name}]\n${lines.join('')}`;
  });
  return sections.join('\n');
}

/** Every profile of the credentials file; none when it does not exist yet. */
export async function readProfiles(
  env: Readonly<Record<string, string | undefined>>,
): Promise<Map<string, Profile>> {
  try {
    return parse(await readFile(credentialsFile(env), 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw error;
  }
}

/**
 * Changes one profile: keys set to a string are written, keys set to `undefined` removed. The file holds secrets,
 * so the directory is made 0700 and the file 0600, and it is replaced atomically (written aside, then renamed) so
 * a crash never leaves half a file.
 */
export async function updateProfile(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  changes: Partial<Record<ProfileKey, string | undefined>>,
): Promise<Profile> {
  const profiles = await readProfiles(env);
  const profile: Profile = { ...profiles.get(name) };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete profile[key];
    else profile[key] = value;
  }
  profiles.set(name, profile);
  const dir = configDir(env);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const file = credentialsFile(env);
  const aside = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(aside, format(profiles), { mode: 0o600, flag: 'wx' });
  await chmod(aside, 0o600);
  await rename(aside, file);
  return profile;
}
