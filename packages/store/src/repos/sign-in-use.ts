import type { FollowUps } from './session-insert.js';
import type { SignInCompletion } from './sign-in.js';

/** A value of the follow-ups' input, as SQL over the session statement's `input` CTE. */
const value = (name: string) => `(select j->'followUps'->>'${name}' from input)`;
const WHEN = 'exists (select 1 from inserted)';

/** The principal's attempts reset, the address's attempt given back. */
const THROTTLE = `,
throttle_reset as (delete from sign_in_throttle where key = ${value('principalKey')} and ${WHEN} returning key),
throttle_refund as (update sign_in_throttle set failures = greatest(failures - 1, 0)
  where key = ${value('sourceKey')} and ${WHEN} returning key)`;

/**
 * An outdated password hash replaced, only where the stored hash is still the one checked (a password changed
 * meanwhile keeps its new hash); with no `rehashed` value nothing matches.
 */
const rehashed = (column: string) => `${value('rehashed')} is not null and ${column} = ${value('stored')}`;

const USE: Record<SignInCompletion['credentials'], string> = {
  root: `,
root_used as (update accounts set root_password_last_used = ${value('now')}::timestamptz,
    root_password_hash = case when ${rehashed('root_password_hash')}
      then ${value('rehashed')} else root_password_hash end
  where id = ${value('accountId')} and ${WHEN} returning id)`,
  user: `,
user_used as (update users set password_last_used = ${value('now')}::timestamptz
  where id = ${value('userId')} and ${WHEN} returning id),
profile_rehash as (update login_profiles set password_hash = ${value('rehashed')}
  where user_id = ${value('userId')} and ${rehashed('password_hash')} and ${WHEN} returning user_id),
history_rehash as (update password_history set password_hash = ${value('rehashed')}
  where user_id = ${value('userId')} and ${rehashed('password_hash')} and ${WHEN} returning id)`,
  accessKey: `,
key_used as (update access_keys set last_used_at = ${value('now')}::timestamptz, last_used_action = 'iamgate:SignIn'
  where id = ${value('accessKeyId')} and ${WHEN} returning id)`,
};

/**
 * The follow-ups of a successful sign-in's session statement, acting only when the session was inserted: the
 * principal's attempts reset and the address's attempt given back, and the credential's use recorded: the root
 * user's `root_password_last_used`, a user's `password_last_used`, or an access key's `last_used_at` and
 * `last_used_action` (`GetAccessKeyLastUsed`). A password whose hash was outdated (scrypt, or Argon2id at another
 * cost) gets its new hash there too: the root's in `accounts`, a user's in the login profile and in the password
 * history (so reuse checks stop paying scrypt's cost for it). Constant text per kind of credentials, so the
 * statement is prepared once.
 */
export function signInUse(c: SignInCompletion): FollowUps {
  return {
    name: `sign_in_${c.credentials === 'accessKey' ? 'access_key' : c.credentials}`,
    ctes: THROTTLE + USE[c.credentials],
    data: {
      principalKey: c.principalKey,
      sourceKey: c.sourceKey,
      now: c.now.toISOString(),
      accountId: c.principal.accountId,
      userId: c.principal.userId ?? null,
      accessKeyId: c.accessKeyId ?? null,
      stored: c.rehash?.stored ?? null,
      rehashed: c.rehash?.rehashed ?? null,
    },
  };
}
