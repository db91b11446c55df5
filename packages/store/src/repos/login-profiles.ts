import { and, eq } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/types.js';
import { invalidInput, noSuchEntity, StoreError } from '../errors.js';
import { accounts } from '../schema/accounts.js';
import { loginProfiles, passwordHistory } from '../schema/login-profiles.js';
import { users } from '../schema/users.js';
import type { HashTurn } from '../secrets/hash-limiter.js';
import { type PasswordHasher, passwordHasher } from '../secrets/password-hasher.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { lockUser } from './locks.js';
import { byName, idByName } from './named.js';
import {
  effectivePasswordPolicy,
  enforcePasswordPolicy,
  passwordPolicyViolation,
} from './password-policy.js';
import { rowToUser, selectUsers, type User } from './users.js';

/** A user's console password settings (`API_LoginProfile.html`); never the hash. */
export interface LoginProfile {
  userId: string;
  userName: string;
  passwordResetRequired: boolean;
  passwordChangedAt: Date;
  createdAt: Date;
}

/** A successful password check of an IAM user. */
export interface UserSignIn {
  user: User;
  /** The user must set a new password before doing anything else (set by an admin, or the password expired). */
  passwordResetRequired: boolean;
  /** The password is older than the policy's `maxPasswordAge`. */
  passwordExpired: boolean;
  /** Expired under `hardExpiry`: only an administrator can reset it; callers refuse the sign-in. */
  hardExpired: boolean;
}

/** Login profiles (passwords) of IAM users, with the account password policy enforced on every set. */
export class LoginProfilesRepository {
  private readonly passwords: PasswordHasher;

  constructor(private readonly ctx: StoreContext) {
    this.passwords = passwordHasher(ctx.scrypt);
  }

  /**
   * Hashes run before any transaction of the store's own; a repository bound to the caller's transaction can only
   * hash inside it, so it goes first in the hash queue rather than hold the connection while others hash.
   */
  private turn(): HashTurn {
    return { urgent: this.ctx.tx !== undefined };
  }

  private async hashChecked(accountId: string, userName: string, password: string): Promise<string> {
    if (typeof password !== 'string') throw invalidInput('password must be a string', { field: 'password' });
    const userId = await read(this.ctx, (db) => idByName(db, users, 'user', accountId, userName));
    const previous = await read(this.ctx, (db) =>
      enforcePasswordPolicy(db, accountId, password, { userId, identities: [userName] }),
    );
    if (await this.passwords.matchesAny(password, previous, this.turn())) {
      throw passwordPolicyViolation(['reused']);
    }
    return this.passwords.hash(password, this.turn());
  }

  private async store(
    tx: Transaction,
    userId: string,
    hash: string,
    passwordResetRequired: boolean,
    create: boolean,
  ) {
    const now = new Date();
    if (create) {
      await tx
        .insert(loginProfiles)
        .values({ userId, passwordHash: hash, passwordResetRequired, passwordChangedAt: now });
    } else {
      const updated = await tx
        .update(loginProfiles)
        .set({ passwordHash: hash, passwordResetRequired, passwordChangedAt: now })
        .where(eq(loginProfiles.userId, userId))
        .returning({ userId: loginProfiles.userId });
      if (updated.length === 0) throw noSuchEntity('login profile for user', userId);
    }
    await tx.insert(passwordHistory).values({ userId, passwordHash: hash });
  }

  /** Gives a user a password (`CreateLoginProfile`); `EntityAlreadyExists` when it has one. */
  async create(
    accountId: string,
    userName: string,
    input: { password: string; passwordResetRequired?: boolean },
    options: WriteOptions = {},
  ): Promise<LoginProfile> {
    const hash = await this.hashChecked(accountId, userName, input.password);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const userId = await lockUser(tx, accountId, userName);
        await this.store(tx, userId, hash, input.passwordResetRequired ?? false, true);
        return this.load(tx, accountId, userName);
      },
      { subject: userName, accountId, ...options },
    );
  }

  private async load(db: Executor, accountId: string, userName: string) {
    const [row] = await db
      .select({
        userId: loginProfiles.userId,
        userName: users.name,
        passwordResetRequired: loginProfiles.passwordResetRequired,
        passwordChangedAt: loginProfiles.passwordChangedAt,
        createdAt: loginProfiles.createdAt,
      })
      .from(loginProfiles)
      .innerJoin(users, eq(users.id, loginProfiles.userId))
      .where(byName(users, accountId, userName));
    if (!row) throw noSuchEntity('login profile for user', userName);
    return row;
  }

  /** The user's login profile (`GetLoginProfile`), or `NoSuchEntity`. */
  async get(accountId: string, userName: string): Promise<LoginProfile> {
    return read(this.ctx, (db) => this.load(db, accountId, userName), userName);
  }

  /** An administrator's reset (`UpdateLoginProfile`): a new password and/or the reset-required flag. */
  async update(
    accountId: string,
    userName: string,
    input: { password?: string; passwordResetRequired?: boolean },
    options: WriteOptions = {},
  ): Promise<LoginProfile> {
    const hash =
      input.password === undefined ? undefined : await this.hashChecked(accountId, userName, input.password);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const userId = await lockUser(tx, accountId, userName);
        const current = await this.load(tx, accountId, userName);
        const reset = input.passwordResetRequired ?? current.passwordResetRequired;
        if (hash) await this.store(tx, userId, hash, reset, false);
        else
          await tx
            .update(loginProfiles)
            .set({ passwordResetRequired: reset })
            .where(eq(loginProfiles.userId, userId));
        return this.load(tx, accountId, userName);
      },
      { subject: userName, accountId, ...options },
    );
  }

  /** Removes the user's password (`DeleteLoginProfile`); the user can no longer sign in with one. */
  async delete(accountId: string, userName: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const userId = await lockUser(tx, accountId, userName);
        const removed = await tx
          .delete(loginProfiles)
          .where(eq(loginProfiles.userId, userId))
          .returning({ userId: loginProfiles.userId });
        if (removed.length === 0) throw noSuchEntity('login profile for user', userName);
      },
      { subject: userName, accountId, ...options },
    );
  }

  /**
   * A user changing their own password (`ChangePassword`): `InvalidCredentials` when `oldPassword` is wrong,
   * `PasswordPolicyViolation` when the new one breaks the policy. Clears the reset-required flag.
   */
  async changePassword(
    accountId: string,
    userName: string,
    oldPassword: string,
    newPassword: string,
    options: WriteOptions = {},
  ): Promise<void> {
    const [row] = await read(this.ctx, (db) =>
      db
        .select({ hash: loginProfiles.passwordHash })
        .from(loginProfiles)
        .innerJoin(users, eq(users.id, loginProfiles.userId))
        .where(byName(users, accountId, userName)),
    );
    if (!row) throw noSuchEntity('login profile for user', userName);
    if (!(await this.passwords.verify(oldPassword, row.hash, this.turn())).valid) {
      throw new StoreError('InvalidCredentials', 'the current password is wrong');
    }
    const hash = await this.hashChecked(accountId, userName, newPassword);
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const userId = await lockUser(tx, accountId, userName);
        await this.store(tx, userId, hash, false, false);
      },
      { subject: userName, accountId, ...options },
    );
  }

  /**
   * Checks an IAM user's password, the account given by id or alias. Returns `null` for an unknown account, user,
   * missing login profile or wrong password alike, taking the same time for each. Records the use on success, and
   * replaces an outdated hash (scrypt, or Argon2id at another cost) with one of the current cost right after.
   * `Throttling` when too many password checks are queued (the password was not checked).
   */
  async verify(
    accountIdOrAlias: string,
    userName: string,
    password: string,
    now: Date = new Date(),
  ): Promise<UserSignIn | null> {
    const found = await read(this.ctx, async (db) => {
      const column = /^\d{12}$/.test(accountIdOrAlias) ? accounts.id : accounts.alias;
      const [account] = await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(column, accountIdOrAlias.toLowerCase()));
      if (!account) return undefined;
      const [row] = await selectUsers(db, this.ctx.partition)
        .innerJoin(loginProfiles, eq(loginProfiles.userId, users.id))
        .where(byName(users, account.id, userName));
      if (!row) return undefined;
      const [profile] = await db.select().from(loginProfiles).where(eq(loginProfiles.userId, row.id));
      const { policy } = await effectivePasswordPolicy(db, account.id);
      return profile && { row, profile, policy };
    });
    if (!found) return this.passwords.verifyNothing(password, this.turn()).then(() => null);
    const stored = found.profile.passwordHash;
    const check = await this.passwords.verify(password, stored, this.turn());
    if (!check.valid) return null;
    const age = found.policy.maxPasswordAge;
    const passwordExpired =
      age !== null && now.getTime() - found.profile.passwordChangedAt.getTime() > age * 86_400_000;
    await read(this.ctx, async (db) => {
      await db.update(users).set({ passwordLastUsed: now }).where(eq(users.id, found.row.id));
      if (check.rehashed !== undefined) await upgradeHash(db, found.row.id, stored, check.rehashed);
    });
    return {
      user: rowToUser(this.ctx.partition, { ...found.row, passwordLastUsed: now }),
      passwordResetRequired: found.profile.passwordResetRequired || passwordExpired,
      passwordExpired,
      hardExpired: passwordExpired && found.policy.hardExpiry,
    };
  }
}

/**
 * Replaces an outdated hash of the user's current password, in the profile and in the history (so reuse checks
 * stop paying scrypt's cost for it). Only where the stored hash is still `stored`: a password changed meanwhile
 * is left alone.
 */
async function upgradeHash(db: Executor, userId: string, stored: string, rehashed: string): Promise<void> {
  await db
    .update(loginProfiles)
    .set({ passwordHash: rehashed })
    .where(and(eq(loginProfiles.userId, userId), eq(loginProfiles.passwordHash, stored)));
  await db
    .update(passwordHistory)
    .set({ passwordHash: rehashed })
    .where(and(eq(passwordHistory.userId, userId), eq(passwordHistory.passwordHash, stored)));
}
