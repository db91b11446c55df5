import { and, asc, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { rootArn } from '../arn.js';
import { executeRows } from '../db/execute.js';
import type { Executor } from '../db/types.js';
import { invalidInput, noSuchEntity, StoreError } from '../errors.js';
import { newAccountId } from '../ids.js';
import { checkAlias, checkEmail } from '../names.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../pagination.js';
import { QUOTA_NAMES, type Quotas, resolveQuotas } from '../quotas.js';
import { accounts } from '../schema/accounts.js';
import type { HashTurn } from '../secrets/hash-limiter.js';
import { type PasswordHasher, passwordHasher } from '../secrets/password-hasher.js';
import { markInvitationUsed, takeInvitation } from './account-invitations.js';
import { purgeAccountData } from './account-purge.js';
import { insertAuditEvent, type WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { enforceDefaultPasswordPolicy } from './password-policy.js';

/** An account and its root user (never the password hash). */
export interface Account {
  id: string;
  alias: string | null;
  rootEmail: string;
  /** `arn:<partition>:iam::<account>:root`. */
  rootArn: string;
  /** The policy revision: increases with every change to the account's identities or policies. */
  revision: number;
  rootPasswordLastUsed: Date | null;
  createdAt: Date;
  /** When the account was closed (`close`), or null while it is open. */
  closedAt: Date | null;
}

/** Counts of entities and the quotas that cap them (`GetAccountSummary`). */
export interface AccountSummary {
  users: number;
  groups: number;
  roles: number;
  policies: number;
  workloads: number;
  /** Virtual MFA devices, assigned or not (`MFADevices`). */
  mfaDevices: number;
  /** MFA devices enabled for a user or the root user (`MFADevicesInUse`). */
  mfaDevicesInUse: number;
  /** Whether the root user has an MFA device enabled (`AccountMFAEnabled`). */
  rootMfaEnabled: boolean;
  /** Whether the root user has access keys (`AccountAccessKeysPresent`). */
  rootAccessKeysPresent: boolean;
  /** Managed policies attached to users, groups and roles, counted per attachment (`PolicyVersionsInUse`). */
  policyAttachments: number;
  /** OpenID Connect identity providers (`Providers`). */
  providers: number;
  quotas: Quotas;
}

type AccountRow = typeof accounts.$inferSelect;

/** The counts of `summary` and the account's quota overrides as one JSON text; no row for an unknown account. */
function summaryStatement(accountId: string) {
  const count = (from: string) => sql.raw(`(select count(*) from ${from})`);
  return sql`select json_build_object(
    'users', ${count('users x where x.account_id = a.id')},
    'groups', ${count('groups x where x.account_id = a.id')},
    'roles', ${count('roles x where x.account_id = a.id')},
    'policies', ${count('policies x where x.account_id = a.id')},
    'workloads', ${count('workloads x where x.account_id = a.id')},
    'mfaDevices', ${count('mfa_devices x where x.account_id = a.id')},
    'mfaDevicesInUse', ${count('mfa_devices x where x.account_id = a.id and x.assigned_to is not null and x.enabled_at is not null')},
    'rootMfaEnabled', exists(select 1 from mfa_devices x
      where x.account_id = a.id and x.assigned_to = 'root' and x.enabled_at is not null),
    'rootAccessKeysPresent', exists(select 1 from access_keys x where x.account_id = a.id and x.user_id is null),
    'policyAttachments', ${count('policy_attachments x join policies p on p.id = x.policy_id where p.account_id = a.id')},
    'providers', ${count('oidc_providers x where x.account_id = a.id')},
    'quotas', a.quotas)::text as summary
  from accounts a where a.id = ${accountId}`;
}

/**
 * A management account cannot be closed while its organization has other members (AWS: remove them first), since
 * their guardrails would be managed by nobody.
 */
async function refuseWhileManagingMembers(tx: Executor, accountId: string): Promise<void> {
  const [row] = await executeRows<{ members: number }>(
    tx,
    sql`select count(*)::int as members from organization_accounts oa
      join organizations o on o.id = oa.organization_id
      where o.management_account_id = ${accountId} and oa.account_id <> ${accountId}`,
  );
  if ((row?.members ?? 0) > 0) {
    throw new StoreError('DeleteConflict', 'the account manages an organization with other members', {
      details: { entity: 'account', dependents: ['organization members'] },
    });
  }
}

/** Accounts, their root credentials, aliases and quotas. */
export class AccountsRepository {
  private readonly passwords: PasswordHasher;

  constructor(private readonly ctx: StoreContext) {
    this.passwords = passwordHasher(ctx.scrypt);
  }

  /** Inside the caller's transaction a hash goes first in the queue (see `LoginProfilesRepository`). */
  private turn(): HashTurn {
    return { urgent: this.ctx.tx !== undefined };
  }

  private toAccount(row: AccountRow): Account {
    return {
      id: row.id,
      alias: row.alias,
      rootEmail: row.rootEmail,
      rootArn: rootArn(this.ctx.partition, row.id),
      revision: row.revision,
      rootPasswordLastUsed: row.rootPasswordLastUsed,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
    };
  }

  /**
   * Creates an account with its root user. The root password must satisfy the default password policy.
   * `EntityAlreadyExists` when the e-mail or alias is taken.
   */
  async create(
    input: { rootEmail: string; rootPassword: string; alias?: string },
    options: WriteOptions & {
      /** An invitation token to take with the account (`IAMGATE_SIGN_UP=invite`): no account without it. */
      invitation?: { token: string; now: Date };
    } = {},
  ): Promise<Account> {
    const rootEmail = checkEmail(input.rootEmail);
    const alias = input.alias === undefined ? null : checkAlias(input.alias);
    enforceDefaultPasswordPolicy(input.rootPassword, [rootEmail]);
    const rootPasswordHash = await this.passwords.hash(input.rootPassword, this.turn());
    return write(
      this.ctx,
      async (tx) => {
        const invitation = options.invitation;
        const invitationId =
          invitation === undefined
            ? undefined
            : await takeInvitation(tx, invitation.token, rootEmail, invitation.now);
        // A random 12-digit id can collide: another is tried, without failing the statement (which would abort a
        // caller's transaction). An e-mail or alias already taken still fails, as `EntityAlreadyExists`.
        for (let attempt = 1; attempt <= 5; attempt++) {
          const [row] = await tx
            .insert(accounts)
            .values({ id: newAccountId(), alias, rootEmail, rootPasswordHash })
            .onConflictDoNothing({ target: accounts.id })
            .returning();
          if (row === undefined) continue;
          if (invitationId !== undefined) await markInvitationUsed(tx, invitationId, row.id);
          if (options.audit) await insertAuditEvent(tx, options.audit, row.id);
          return this.toAccount(row);
        }
        throw new Error('no free account id after 5 attempts');
      },
      { subject: alias ?? rootEmail },
    );
  }

  /** The account, or `NoSuchEntity`. */
  async get(accountId: string): Promise<Account> {
    const account = await this.find(accountId);
    if (!account) throw noSuchEntity('account', accountId);
    return account;
  }

  /** The account with this id or alias, or `undefined` (sign-in takes either). */
  async find(idOrAlias: string): Promise<Account | undefined> {
    return read(this.ctx, async (db) => {
      const column = /^\d{12}$/.test(idOrAlias) ? accounts.id : accounts.alias;
      const [row] = await db.select().from(accounts).where(eq(column, idOrAlias.toLowerCase()));
      return row && this.toAccount(row);
    });
  }

  /** The account whose root user has this e-mail (case-insensitive), or `undefined`. */
  async findByRootEmail(email: string): Promise<Account | undefined> {
    return read(this.ctx, async (db) => this.rowByEmail(db, email).then((row) => row && this.toAccount(row)));
  }

  private async rowByEmail(db: Executor, email: string): Promise<AccountRow | undefined> {
    const [row] = await db.select().from(accounts).where(sql`lower(${accounts.rootEmail}) = lower(${email})`);
    return row;
  }

  /** All accounts, ordered by id. */
  async list(page: PageArgs = {}): Promise<Connection<Account>> {
    return read(this.ctx, async (db) => {
      const size = pageSize(page.first);
      const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
      const rows = await db
        .select()
        .from(accounts)
        .where(after ? gt(accounts.id, after) : undefined)
        .orderBy(asc(accounts.id))
        .limit(size + 1);
      return toConnection(
        rows,
        size,
        (r) => [r.id],
        (r) => this.toAccount(r),
      );
    });
  }

  /**
   * Checks the root user's e-mail and password. Returns the account, or `null` for a wrong e-mail or password
   * alike, taking the same time either way. Records the use on success, replacing an outdated hash (scrypt, or
   * Argon2id at another cost) in the same statement. `Throttling` when too many password checks are queued.
   */
  async verifyRootPassword(email: string, password: string): Promise<Account | null> {
    const row = await read(this.ctx, (db) => this.rowByEmail(db, email));
    if (!row) return this.passwords.verifyNothing(password, this.turn()).then(() => null);
    const stored = row.rootPasswordHash;
    const check = await this.passwords.verify(password, stored, this.turn());
    if (!check.valid) return null;
    const now = new Date();
    // A password changed since it was read keeps its new hash.
    const rehashed =
      check.rehashed === undefined
        ? {}
        : {
            rootPasswordHash: sql`case when ${accounts.rootPasswordHash} = ${stored} then ${check.rehashed} else ${accounts.rootPasswordHash} end`,
          };
    await read(this.ctx, (db) =>
      db
        .update(accounts)
        .set({ rootPasswordLastUsed: now, ...rehashed })
        .where(eq(accounts.id, row.id)),
    );
    return this.toAccount({ ...row, rootPasswordLastUsed: now });
  }

  /** Sets a new root password (default password policy applies). */
  async changeRootPassword(
    accountId: string,
    newPassword: string,
    options: WriteOptions = {},
  ): Promise<void> {
    const account = await this.get(accountId);
    enforceDefaultPasswordPolicy(newPassword, [account.rootEmail]);
    const hash = await this.passwords.hash(newPassword, this.turn());
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        await tx.update(accounts).set({ rootPasswordHash: hash }).where(eq(accounts.id, accountId));
      },
      { subject: accountId, accountId, ...options },
    );
  }

  /** Sets or removes (`null`) the account alias (`CreateAccountAlias`); `EntityAlreadyExists` when taken. */
  async setAlias(accountId: string, alias: string | null, options: WriteOptions = {}): Promise<Account> {
    const value = alias === null ? null : checkAlias(alias);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const [row] = await tx
          .update(accounts)
          .set({ alias: value })
          .where(eq(accounts.id, accountId))
          .returning();
        return this.toAccount(row as AccountRow);
      },
      { subject: value ?? accountId, accountId, ...options },
    );
  }

  /**
   * Closes the account: from the commit on, none of its principals authenticates (their effective policies are not
   * found) or signs in, on every instance (the revision moves with it, as for any change). Its data stays; the row
   * stays for good, so that its id, root e-mail and alias are never another account's. `NoSuchEntity` when there is
   * no such open account.
   */
  async close(accountId: string, options: WriteOptions = {}): Promise<Account> {
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        await refuseWhileManagingMembers(tx, accountId);
        const [row] = await tx
          .update(accounts)
          .set({ closedAt: sql`now()` })
          .where(and(eq(accounts.id, accountId), isNull(accounts.closedAt)))
          .returning();
        if (!row) throw noSuchEntity('account', accountId);
        return this.toAccount(row);
      },
      { subject: accountId, accountId, ...options },
    );
  }

  /**
   * Deletes the data of accounts closed before `closedBefore` and not yet purged (at most `limit` of them, each in
   * its own transaction; see `purgeAccountData`), and returns their ids. The rows stay, so ids and e-mails are never
   * reused; the audit log stays.
   */
  async purgeClosed(closedBefore: Date, limit: number): Promise<string[]> {
    const due = await read(this.ctx, (db) =>
      db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(lt(accounts.closedAt, closedBefore), isNull(accounts.purgedAt)))
        .orderBy(asc(accounts.closedAt))
        .limit(limit),
    );
    const purged: string[] = [];
    for (const { id } of due) {
      await write(
        this.ctx,
        async (tx) => {
          await lockAccount(tx, id);
          await purgeAccountData(tx, id);
        },
        { subject: id, accountId: id },
      );
      purged.push(id);
    }
    return purged;
  }

  /** The account's quotas (defaults plus overrides). */
  async getQuotas(accountId: string): Promise<Quotas> {
    return read(this.ctx, async (db) => {
      const [row] = await db
        .select({ quotas: accounts.quotas })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      if (!row) throw noSuchEntity('account', accountId);
      return resolveQuotas(row.quotas);
    });
  }

  /** Overrides quotas (positive integers); `null` resets one to its default. Returns the result. */
  async setQuotas(
    accountId: string,
    overrides: Partial<Record<keyof Quotas, number | null>>,
    options: WriteOptions = {},
  ): Promise<Quotas> {
    for (const [name, value] of Object.entries(overrides)) {
      if (!QUOTA_NAMES.includes(name as keyof Quotas))
        throw invalidInput(`\`${name}\` is not a quota`, { field: name });
      if (value !== null && (!Number.isInteger(value) || (value as number) < 1)) {
        throw invalidInput(`quota \`${name}\` must be a positive integer`, { field: name });
      }
    }
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const [row] = await tx
          .select({ quotas: accounts.quotas })
          .from(accounts)
          .where(eq(accounts.id, accountId));
        const next: Record<string, number> = { ...(row?.quotas ?? {}) };
        for (const [name, value] of Object.entries(overrides)) {
          if (value === null) delete next[name];
          else next[name] = value as number;
        }
        await tx.update(accounts).set({ quotas: next }).where(eq(accounts.id, accountId));
        return resolveQuotas(next);
      },
      { subject: accountId, accountId, ...options },
    );
  }

  /** Entity counts and quotas (`GetAccountSummary`), in one statement. */
  async summary(accountId: string): Promise<AccountSummary> {
    return read(this.ctx, async (db) => {
      const [row] = await executeRows<{ summary: string }>(db, summaryStatement(accountId));
      if (row === undefined) throw noSuchEntity('account', accountId);
      const c = JSON.parse(row.summary) as Record<string, number | boolean | Record<string, number>>;
      const n = (key: string) => Number(c[key]);
      return {
        users: n('users'),
        groups: n('groups'),
        roles: n('roles'),
        policies: n('policies'),
        workloads: n('workloads'),
        mfaDevices: n('mfaDevices'),
        mfaDevicesInUse: n('mfaDevicesInUse'),
        rootMfaEnabled: c.rootMfaEnabled === true,
        rootAccessKeysPresent: c.rootAccessKeysPresent === true,
        policyAttachments: n('policyAttachments'),
        providers: n('providers'),
        quotas: resolveQuotas(c.quotas as Record<string, number>),
      };
    });
  }
}
