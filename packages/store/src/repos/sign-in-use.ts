import { type SQL, sql } from 'drizzle-orm';
import type { SignInCompletion } from './sign-in.js';

/**
 * The follow-up CTEs of a successful sign-in that record the credential's use, acting only `when` the session was
 * inserted: the root user's `root_password_last_used`, a user's `password_last_used`, or an access key's
 * `last_used_at` and `last_used_action` (`GetAccessKeyLastUsed`). A password whose hash was outdated (scrypt, or
 * Argon2id at another cost) gets its new hash in the same statement, only where the stored hash is still the one
 * checked, so a password changed meanwhile keeps its new hash: the root's in `accounts`, a user's in the login
 * profile and in the password history (so reuse checks stop paying scrypt's cost for it).
 */
export function signInUse(c: SignInCompletion, when: SQL): SQL {
  const at = sql`${c.now.toISOString()}::timestamptz`;
  const { rehash } = c;
  switch (c.credentials) {
    case 'root': {
      const hash =
        rehash === undefined
          ? sql``
          : sql`, root_password_hash = case when root_password_hash = ${rehash.stored}
              then ${rehash.rehashed} else root_password_hash end`;
      return sql`, root_used as (update accounts set root_password_last_used = ${at} ${hash}
        where id = ${c.principal.accountId} and ${when} returning id)`;
    }
    case 'user': {
      const userId = c.principal.id;
      const used = sql`, user_used as (update users set password_last_used = ${at}
        where id = ${userId} and ${when} returning id)`;
      if (rehash === undefined) return used;
      return sql`${used},
        profile_rehash as (update login_profiles set password_hash = ${rehash.rehashed}
          where user_id = ${userId} and password_hash = ${rehash.stored} and ${when} returning user_id),
        history_rehash as (update password_history set password_hash = ${rehash.rehashed}
          where user_id = ${userId} and password_hash = ${rehash.stored} and ${when} returning id)`;
    }
    case 'accessKey':
      return sql`, key_used as (update access_keys set last_used_at = ${at}, last_used_action = 'iamgate:SignIn'
        where id = ${c.accessKeyId ?? ''} and ${when} returning id)`;
  }
}
