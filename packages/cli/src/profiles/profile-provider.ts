import { type CredentialProvider, fromAccessKey, type SessionCredentials } from '@iamgate/sdk';
import { type Profile, updateProfile } from './profile-file.js';

/** A cached session is not used in its last minute, so a command does not start with a token about to lapse. */
const EXPIRY_MARGIN_MS = 60_000;

/** The profile keys that record a session. */
export function sessionEntries(session: SessionCredentials): Partial<Record<string, string>> {
  return {
    session_token: session.token,
    session_expiration: session.expiresAt?.toISOString(),
    session_id: session.sessionId,
    principal_arn: session.principalArn,
    account: session.accountId,
  };
}

/**
 * The credentials of a profile: its cached session while it is valid; then, when the profile has an access key, a
 * new session signed in with it and cached in the profile for the next command (as the AWS CLI caches SSO and
 * assumed-role sessions). A profile with only a session (from `iamgate sign-in` with a password) sends it as it is;
 * once expired the gateway answers `ExpiredToken` and the user signs in again.
 */
export function profileProvider(
  env: Readonly<Record<string, string | undefined>>,
  name: string,
  profile: Profile,
): CredentialProvider {
  let cached: SessionCredentials | undefined =
    profile.session_token === undefined
      ? undefined
      : {
          token: profile.session_token,
          ...(profile.session_expiration ? { expiresAt: new Date(profile.session_expiration) } : {}),
        };
  const keys =
    profile.access_key_id && profile.secret_access_key
      ? fromAccessKey({ accessKeyId: profile.access_key_id, secretAccessKey: profile.secret_access_key })
      : undefined;
  return {
    async resolve(context, options = {}) {
      const fresh =
        cached !== undefined &&
        (cached.expiresAt === undefined ||
          cached.expiresAt.getTime() - EXPIRY_MARGIN_MS > context.now().getTime());
      if (cached !== undefined && (keys === undefined || (fresh && !options.forceRefresh))) return cached;
      if (keys === undefined)
        throw new Error('unreachable: a profile provider needs a session or an access key');
      const session = await keys.resolve(context, { ...options, forceRefresh: true });
      await updateProfile(env, name, sessionEntries(session));
      cached = session;
      return session;
    },
  };
}
