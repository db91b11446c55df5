import { and, asc, eq, isNull, type SQL } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/types.js';
import { invalidInput, noSuchEntity } from '../errors.js';
import { newId, newSecret } from '../ids.js';
import { accessKeys } from '../schema/access-keys.js';
import { users } from '../schema/users.js';
import { hashSecret, verifySecret } from '../secrets/secret-hash.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { lockUser } from './locks.js';
import { idByName } from './named.js';
import { requireBelowQuota } from './row-count.js';

/** An access key's metadata (`API_AccessKeyMetadata.html`); the secret is never readable after creation. */
export interface AccessKey {
  accessKeyId: string;
  accountId: string;
  /** The user, or null for a key of the account's root user. */
  userId: string | null;
  userName: string | null;
  status: 'Active' | 'Inactive';
  createdAt: Date;
  lastUsedAt: Date | null;
  /** The action of the last use (`iam:GetUser`); the service is its prefix. */
  lastUsedAction: string | null;
}

/** A new key with its secret, returned only by `create` (`API_AccessKey.html`). */
export interface NewAccessKey extends AccessKey {
  secretAccessKey: string;
}

/** Access keys of users: at most two per user (`reference_iam-quotas.html`), secrets kept as SHA-256 hashes. */
export class AccessKeysRepository {
  constructor(private readonly ctx: StoreContext) {}

  private select(db: Executor) {
    return db
      .select({
        accessKeyId: accessKeys.id,
        accountId: accessKeys.accountId,
        userId: accessKeys.userId,
        userName: users.name,
        status: accessKeys.status,
        createdAt: accessKeys.createdAt,
        lastUsedAt: accessKeys.lastUsedAt,
        lastUsedAction: accessKeys.lastUsedAction,
      })
      .from(accessKeys)
      .leftJoin(users, eq(users.id, accessKeys.userId));
  }

  /**
   * Locks the owner of keys, a user by name or root (`null`), and returns its user id (null for root) and the
   * condition that selects its keys.
   */
  private async owner(
    tx: Transaction,
    accountId: string,
    userName: string | null,
  ): Promise<{ userId: string | null; keysOf: SQL }> {
    if (userName === null) {
      return {
        userId: null,
        keysOf: and(eq(accessKeys.accountId, accountId), isNull(accessKeys.userId)) as SQL,
      };
    }
    const userId = await lockUser(tx, accountId, userName);
    return { userId, keysOf: eq(accessKeys.userId, userId) };
  }

  /**
   * Creates an Active key for the user, or for the root user when `userName` is null; `LimitExceeded` when it
   * already has `accessKeysPerUser` (2, root's too).
   */
  async create(
    accountId: string,
    userName: string | null,
    options: WriteOptions = {},
  ): Promise<NewAccessKey> {
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const { userId, keysOf } = await this.owner(tx, accountId, userName);
        await requireBelowQuota(tx, accessKeys, keysOf, {
          name: 'accessKeysPerUser',
          limit: quotas.accessKeysPerUser,
          what: `${userName === null ? 'the root user' : `user \`${userName}\``} has too many access keys`,
        });
        const id = newId('accessKey');
        const secret = newSecret();
        await tx.insert(accessKeys).values({ id, accountId, userId, secretHash: hashSecret(secret) });
        const [row] = await this.select(tx).where(eq(accessKeys.id, id));
        return { ...(row as AccessKey), secretAccessKey: secret };
      },
      { subject: userName ?? 'root', accountId, ...options },
    );
  }

  /** The user's keys, or root's when `userName` is null (`ListAccessKeys`), oldest first. */
  async list(accountId: string, userName: string | null): Promise<AccessKey[]> {
    return read(
      this.ctx,
      async (db) => {
        const keysOf =
          userName === null
            ? and(eq(accessKeys.accountId, accountId), isNull(accessKeys.userId))
            : eq(accessKeys.userId, await idByName(db, users, 'user', accountId, userName));
        return this.select(db).where(keysOf).orderBy(asc(accessKeys.createdAt), asc(accessKeys.id));
      },
      userName ?? 'root',
    );
  }

  /** One key of the account by id (`GetAccessKeyLastUsed` reads `lastUsed*`), or `NoSuchEntity`. */
  async get(accountId: string, accessKeyId: string): Promise<AccessKey> {
    return read(
      this.ctx,
      async (db) => {
        const [row] = await this.select(db).where(
          and(eq(accessKeys.id, accessKeyId), eq(accessKeys.accountId, accountId)),
        );
        if (!row) throw noSuchEntity('access key', accessKeyId);
        return row;
      },
      accessKeyId,
    );
  }

  /** Activates or deactivates a key of the user, or of root when `userName` is null (`UpdateAccessKey`). */
  async updateStatus(
    accountId: string,
    userName: string | null,
    accessKeyId: string,
    status: 'Active' | 'Inactive',
    options: WriteOptions = {},
  ): Promise<AccessKey> {
    if (status !== 'Active' && status !== 'Inactive') {
      throw invalidInput(`status \`${String(status)}\` must be Active or Inactive`, { field: 'status' });
    }
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const { keysOf } = await this.owner(tx, accountId, userName);
        const updated = await tx
          .update(accessKeys)
          .set({ status })
          .where(and(eq(accessKeys.id, accessKeyId), keysOf))
          .returning({ id: accessKeys.id });
        if (updated.length === 0) throw noSuchEntity('access key', accessKeyId);
        const [row] = await this.select(tx).where(eq(accessKeys.id, accessKeyId));
        return row as AccessKey;
      },
      { subject: accessKeyId, accountId, ...options },
    );
  }

  /** Deletes a key of the user, or of root when `userName` is null (`DeleteAccessKey`); it stops working at commit. */
  async delete(
    accountId: string,
    userName: string | null,
    accessKeyId: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const { keysOf } = await this.owner(tx, accountId, userName);
        const removed = await tx
          .delete(accessKeys)
          .where(and(eq(accessKeys.id, accessKeyId), keysOf))
          .returning({ id: accessKeys.id });
        if (removed.length === 0) throw noSuchEntity('access key', accessKeyId);
      },
      { subject: accessKeyId, accountId, ...options },
    );
  }

  /**
   * Authenticates with a key: the key if it exists, is Active and `secret` matches (constant-time), else `null`,
   * whatever the reason, so callers cannot reveal which.
   */
  async verify(accessKeyId: string, secret: string): Promise<AccessKey | null> {
    return read(this.ctx, async (db) => {
      const [row] = await db
        .select({ hash: accessKeys.secretHash, status: accessKeys.status })
        .from(accessKeys)
        .where(eq(accessKeys.id, accessKeyId));
      const ok = verifySecret(secret, row?.hash ?? hashSecret(''));
      if (!ok || !row || row.status !== 'Active') return null;
      const [key] = await this.select(db).where(eq(accessKeys.id, accessKeyId));
      return key ?? null;
    });
  }

  /** Records a use of the key (time and action) for `GetAccessKeyLastUsed`; not a policy change. */
  async recordUse(accessKeyId: string, action: string, at: Date = new Date()): Promise<void> {
    await read(this.ctx, (db) =>
      db
        .update(accessKeys)
        .set({ lastUsedAt: at, lastUsedAction: action.slice(0, 256) })
        .where(eq(accessKeys.id, accessKeyId)),
    );
  }
}
