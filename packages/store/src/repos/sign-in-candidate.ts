import { iamArn, rootArn } from '../arn.js';
import type { Tag } from '../schema/columns.js';
import { rootThrottleKey } from './throttle-keys.js';

/** The three ways to sign in. */
export type SignInCredentials =
  | { kind: 'root'; email: string; password: string }
  /** An IAM user of the account given by its 12-digit id or its alias. */
  | { kind: 'user'; account: string; userName: string; password: string }
  | { kind: 'accessKey'; accessKeyId: string; secretAccessKey: string };

/** Whom an attempt named, as far as an audit record should say. */
export interface AttemptedPrincipal {
  accountId: string | null;
  principalArn: string | null;
  /**
   * The principal's name (the root e-mail, the user name, the access key id), or `null` when the name matched
   * nobody: people type passwords into name fields, so a name that matched nobody is not recorded.
   */
  name: string | null;
}

/** Who a sign-in proves to be, once the secret is right. */
export interface SignInPrincipal {
  type: 'root' | 'user';
  accountId: string;
  arn: string;
  /** Unique id: the account id for root, the user id for users. */
  id: string;
  userId: string | undefined;
  userName: string | undefined;
  tags: Tag[];
  /** The password must be changed before anything else (set by an administrator, or expired). */
  passwordResetRequired: boolean;
  /** The password expired under `hardExpiry`: only an administrator can reset it; the sign-in must be refused. */
  hardExpired: boolean;
  /**
   * Whether an MFA device is enabled for the principal, read with the password hash so that a sign-in without MFA
   * costs no extra statement; a password sign-in of one needs its code (`mfaDevices.secretsFor`).
   */
  hasMfa: boolean;
}

/** What the first statement of a sign-in found about the principal the attempt names. */
export interface Candidate {
  attempted: AttemptedPrincipal;
  /** The stored hash of the secret (a password hash, or an access key's SHA-256); none when nothing can match. */
  hash: string | undefined;
  /** Who the sign-in is for if the secret matches the hash. */
  principal: SignInPrincipal | undefined;
}

/**
 * The sign-in specific parts of the first statement, as constant SQL text per kind of credentials (so the statement
 * can be prepared) reading their values from the statement's one `jsonb` input (`input.j`), and those values.
 */
export interface CandidateQuery {
  /** Names the prepared statement. */
  kind: SignInCredentials['kind'];
  /** `name as (...)` CTEs, the last one `found` (zero or one row). */
  ctes: string;
  /** The principal's throttle key, as an SQL expression over `input` and the CTEs. */
  key: string;
  /** More columns of the final select (`account_id` for users). */
  columns: string;
  /** What the CTEs and the key read from `input.j`. */
  data: Record<string, string | null>;
}

/**
 * The reads of a sign-in and the principal's throttle key, whether or not the principal exists: the root user by
 * e-mail, an IAM user by account *id* and name (an alias is resolved in the statement, so id and alias share one
 * count, and names are case-insensitive as IAM's are), an access key by its id. When the account does not exist,
 * the typed text stands in for it: those attempts are counted too, which keeps lockouts from revealing which names
 * exist. A closed account's principals are found by none of them, so their sign-ins fail as for nobody.
 */
export function candidateQuery(credentials: SignInCredentials): CandidateQuery {
  switch (credentials.kind) {
    case 'root':
      return {
        kind: 'root',
        ctes: `found as (select a.id as account_id, a.root_email, a.root_password_hash as hash,
            exists (select 1 from mfa_devices m where m.account_id = a.id and m.assigned_to = 'root'
              and m.enabled_at is not null) as has_mfa
          from accounts a, input where lower(a.root_email) = lower(input.j->>'email') and a.closed_at is null)`,
        key: `(select j->>'key' from input)`,
        columns: '',
        data: { email: credentials.email, key: rootThrottleKey(credentials.email) },
      };
    case 'user': {
      const typed = credentials.account.trim();
      const byId = /^\d{12}$/.test(typed);
      return {
        kind: 'user',
        ctes: `account as (select a.id from accounts a, input
            where (a.id = input.j->>'accountId' or a.alias = input.j->>'alias') and a.closed_at is null),
          found as (select u.id, u.account_id, u.name, u.path, u.tags, lp.password_hash as hash,
              lp.password_reset_required, lp.password_changed_at, pp.max_password_age, pp.hard_expiry,
              exists (select 1 from mfa_devices m where m.user_id = u.id and m.assigned_to = 'user'
                and m.enabled_at is not null) as has_mfa
            from account a
            join users u on u.account_id = a.id and lower(u.name) = lower((select j->>'userName' from input))
            left join login_profiles lp on lp.user_id = u.id
            left join password_policies pp on pp.account_id = a.id)`,
        key: `('user:' || coalesce((select id from account), (select j->>'typedAccount' from input)) || '/'
          || (select j->>'userKey' from input))`,
        columns: ', (select id from account) as account_id',
        data: {
          accountId: byId ? typed : null,
          alias: byId ? null : typed.toLowerCase(),
          userName: credentials.userName,
          typedAccount: typed.toLowerCase(),
          userKey: credentials.userName.toLowerCase(),
        },
      };
    }
    case 'accessKey':
      return {
        kind: 'accessKey',
        ctes: `found as (select k.id, k.status, k.secret_hash as hash, k.user_id, k.account_id, u.name,
            u.path, u.tags
          from access_keys k left join users u on u.id = k.user_id and u.account_id = k.account_id
            join accounts a on a.id = k.account_id and a.closed_at is null, input
          where k.id = input.j->>'accessKeyId')`,
        key: `(select j->>'key' from input)`,
        columns: '',
        data: { accessKeyId: credentials.accessKeyId, key: `key:${credentials.accessKeyId}` },
      };
  }
}

/** The `found` row and the extra columns, as `candidateQuery` selects them (JSON from `row_to_json`). */
export interface CandidateRow {
  found: Record<string, unknown> | null;
  account_id?: string | null;
}

/** Reads the first statement's row: whom the attempt names, and what its secret must match. */
export function candidateOf(
  partition: string,
  credentials: SignInCredentials,
  row: CandidateRow,
  now: Date,
): Candidate {
  const found = row.found;
  switch (credentials.kind) {
    case 'root': {
      if (found === null) return { attempted: nobody(), hash: undefined, principal: undefined };
      const accountId = String(found.account_id);
      const principal = { ...rootPrincipal(partition, accountId), hasMfa: found.has_mfa === true };
      return {
        attempted: { accountId, principalArn: principal.arn, name: String(found.root_email) },
        hash: String(found.hash),
        principal,
      };
    }
    case 'user': {
      const accountId = row.account_id ?? null;
      if (found === null)
        return { attempted: { ...nobody(), accountId }, hash: undefined, principal: undefined };
      const user = userOf(partition, found);
      const age = found.max_password_age as number | null;
      const changedAt =
        found.password_changed_at === null ? now : new Date(String(found.password_changed_at));
      const expired = age !== null && now.getTime() - changedAt.getTime() > age * 86_400_000;
      return {
        attempted: { accountId: user.accountId, principalArn: user.arn, name: user.userName ?? null },
        hash: found.hash === null ? undefined : String(found.hash),
        principal: {
          ...user,
          passwordResetRequired: found.password_reset_required === true || expired,
          hardExpired: expired && found.hard_expiry === true,
          hasMfa: found.has_mfa === true,
        },
      };
    }
    case 'accessKey': {
      // Access key ids are not secret (CloudTrail records them); the key's account is not named for a failure.
      const attempted = { accountId: null, principalArn: null, name: credentials.accessKeyId };
      if (found === null) return { attempted, hash: undefined, principal: undefined };
      const hash = found.status === 'Active' ? String(found.hash) : undefined;
      // A key without a user is the root user's (discouraged, as in AWS): it signs root in.
      if (found.user_id === null)
        return { attempted, hash, principal: rootPrincipal(partition, String(found.account_id)) };
      return {
        attempted,
        hash,
        principal: {
          ...userOf(partition, { ...found, id: found.user_id }),
          passwordResetRequired: false,
          hardExpired: false,
          hasMfa: false,
        },
      };
    }
  }
}

/** The root user of an account, as a sign-in finds it (by e-mail and password, or by a root access key). */
function rootPrincipal(partition: string, accountId: string) {
  return {
    type: 'root' as const,
    accountId,
    arn: rootArn(partition, accountId),
    id: accountId,
    userId: undefined,
    userName: undefined,
    tags: [],
    passwordResetRequired: false,
    hardExpired: false,
    // Access keys need no MFA code; a root password sign-in reads it with the hash.
    hasMfa: false,
  };
}

function nobody(): AttemptedPrincipal {
  return { accountId: null, principalArn: null, name: null };
}

function userOf(
  partition: string,
  found: Record<string, unknown>,
): Omit<SignInPrincipal, 'passwordResetRequired' | 'hardExpired' | 'hasMfa'> {
  const accountId = String(found.account_id);
  const id = String(found.id);
  const name = String(found.name);
  return {
    type: 'user',
    accountId,
    arn: iamArn(partition, accountId, 'user', String(found.path), name),
    id,
    userId: id,
    userName: name,
    tags: (found.tags as Tag[] | null) ?? [],
  };
}
