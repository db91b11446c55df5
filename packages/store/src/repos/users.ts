import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import type { Executor } from '../db/types.js';
import { noSuchEntity } from '../errors.js';
import { newId } from '../ids.js';
import { checkName, checkPath } from '../names.js';
import { type Connection, type ListFilter, toConnection } from '../pagination.js';
import { accessKeys } from '../schema/access-keys.js';
import { policyAttachments } from '../schema/attachments.js';
import type { Tag } from '../schema/columns.js';
import { groupMemberships } from '../schema/groups.js';
import { inlinePolicies } from '../schema/inline-policies.js';
import { loginProfiles } from '../schema/login-profiles.js';
import { mfaDevices } from '../schema/mfa-devices.js';
import { policies } from '../schema/policies.js';
import { users } from '../schema/users.js';
import { mergeTags } from '../tags.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { refuseDeleteInUse } from './delete-conflict.js';
import { inAccount } from './in-account.js';
import { lockUser } from './locks.js';
import { byName, listQuery, nameCursor } from './named.js';
import { ownArn, policyArnSql, policyIdByArn } from './policy-lookup.js';
import { renameColumns } from './rename.js';
import { addTags, dropTags, retag, type TagChange } from './retag.js';
import { requireBelowQuota } from './row-count.js';

/** An IAM user (`IAM/latest/APIReference/API_User.html`). */
export interface User {
  id: string;
  accountId: string;
  name: string;
  path: string;
  arn: string;
  tags: Tag[];
  /** ARN of the managed policy set as permissions boundary, if any. */
  permissionsBoundaryArn: string | null;
  passwordLastUsed: Date | null;
  createdAt: Date;
}

/** Input of `users.create`. */
export interface CreateUserInput {
  name: string;
  path?: string;
  tags?: Tag[];
  /** ARN of a managed policy of the same account to use as permissions boundary. */
  permissionsBoundary?: string;
}

/** Selects users with their boundary ARN; map the rows with `rowToUser`. Shared with the group member list. */
export function selectUsers(db: Executor, partition: string) {
  return db
    .select({ ...getTableColumns(users), boundaryArn: policyArnSql(partition) })
    .from(users)
    .leftJoin(policies, eq(policies.id, users.boundaryPolicyId));
}

/** A row of `selectUsers`. */
export type UserRow = typeof users.$inferSelect & { boundaryArn: string | null };

/** Maps a `selectUsers` row to a `User`. */
export function rowToUser(partition: string, row: UserRow): User {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    path: row.path,
    arn: iamArn(partition, row.accountId, 'user', row.path, row.name),
    tags: row.tags,
    permissionsBoundaryArn: row.boundaryArn,
    passwordLastUsed: row.passwordLastUsed,
    createdAt: row.createdAt,
  };
}

/** Users of an account: create, read, list, rename, tag, delete. */
export class UsersRepository {
  constructor(private readonly ctx: StoreContext) {}

  private toUser(row: UserRow): User {
    return rowToUser(this.ctx.partition, row);
  }

  private select(db: Executor) {
    return selectUsers(db, this.ctx.partition);
  }

  /** Creates a user. `EntityAlreadyExists` when the name is taken ignoring case; `LimitExceeded` past the quota. */
  async create(accountId: string, input: CreateUserInput, options: WriteOptions = {}): Promise<User> {
    const name = checkName('user', input.name);
    const path = checkPath(input.path);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const tags = mergeTags([], input.tags ?? [], quotas.tagsPerEntity);
        await requireBelowQuota(tx, users, eq(users.accountId, accountId), {
          name: 'usersPerAccount',
          limit: quotas.usersPerAccount,
          what: 'too many users',
        });
        const boundaryPolicyId = input.permissionsBoundary
          ? await policyIdByArn(tx, this.ctx.partition, accountId, input.permissionsBoundary)
          : null;
        const id = newId('user');
        await tx.insert(users).values({ id, accountId, name, path, tags, boundaryPolicyId });
        return this.load(tx, id);
      },
      { subject: name, accountId, ...options },
    );
  }

  private async load(db: Executor, id: string): Promise<User> {
    const [row] = await this.select(db).where(eq(users.id, id));
    if (!row) throw noSuchEntity('user', id);
    return this.toUser(row);
  }

  /** The user `name` of the account (case-insensitive), or `NoSuchEntity`. */
  async get(accountId: string, name: string): Promise<User> {
    const user = await this.find(accountId, name);
    if (!user) throw noSuchEntity('user', name);
    return user;
  }

  /** Like `get`, but `undefined` when there is no such user (for sign-in, which must not reveal existence). */
  async find(accountId: string, name: string): Promise<User | undefined> {
    return read(this.ctx, async (db) => {
      const [row] = await this.select(db).where(byName(users, accountId, name));
      return row && this.toUser(row);
    });
  }

  /** The user of `accountId` with this unique id (`AIDA...`); `NoSuchEntity` also when it is another account's. */
  async getById(accountId: string, userId: string): Promise<User> {
    return read(
      this.ctx,
      async (db) => inAccount(await this.load(db, userId), accountId, 'user', userId),
      userId,
    );
  }

  /** The user named by `arn` (of this account and partition, path included), or `NoSuchEntity`. */
  async getByArn(accountId: string, arn: string): Promise<User> {
    const user = await this.get(accountId, ownArn(this.ctx.partition, accountId, arn, 'user').name);
    if (user.arn !== arn) throw noSuchEntity('user', arn);
    return user;
  }

  /** Lists users ordered by name, filtered by path prefix and name substring. */
  async list(accountId: string, filter: ListFilter = {}): Promise<Connection<User>> {
    return read(this.ctx, async (db) => {
      const q = listQuery(users, accountId, filter);
      const rows = await this.select(db)
        .where(q.where)
        .orderBy(...q.orderBy)
        .limit(q.limit);
      return toConnection(rows, q.size, nameCursor, (r) => this.toUser(r));
    });
  }

  /** Renames and/or moves a user (`UpdateUser`). */
  async update(
    accountId: string,
    name: string,
    changes: { newName?: string; newPath?: string },
    options: WriteOptions = {},
  ): Promise<User> {
    const set = renameColumns('user', changes);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await lockUser(tx, accountId, name);
        if (Object.keys(set).length > 0) await tx.update(users).set(set).where(eq(users.id, id));
        return this.load(tx, id);
      },
      { subject: changes.newName ?? name, accountId, ...options },
    );
  }

  /**
   * Deletes a user. As AWS (`API_DeleteUser.html`), the user must first lose its login profile, access keys,
   * group memberships, attached and inline policies and MFA devices: otherwise `DeleteConflict`. Its sessions go with it.
   */
  async delete(accountId: string, name: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await lockUser(tx, accountId, name);
        await refuseDeleteInUse(tx, 'user', name, {
          'a login profile': sql`select 1 from ${loginProfiles} where ${loginProfiles.userId} = ${id}`,
          'access keys': sql`select 1 from ${accessKeys} where ${accessKeys.userId} = ${id}`,
          'group memberships': sql`select 1 from ${groupMemberships} where ${groupMemberships.userId} = ${id}`,
          'attached policies': sql`select 1 from ${policyAttachments} where ${policyAttachments.userId} = ${id}`,
          'inline policies': sql`select 1 from ${inlinePolicies} where ${inlinePolicies.userId} = ${id}`,
          'MFA devices': sql`select 1 from ${mfaDevices} where ${mfaDevices.userId} = ${id}`,
        });
        await tx.delete(users).where(and(eq(users.id, id), eq(users.accountId, accountId)));
      },
      { subject: name, accountId, ...options },
    );
  }

  /** Adds or replaces tags (`TagUser`); `LimitExceeded` past 50. */
  async tag(accountId: string, name: string, tags: Tag[], options: WriteOptions = {}): Promise<User> {
    return this.retag(accountId, name, addTags(tags), options);
  }

  /** Removes tags by key (`UntagUser`). */
  async untag(accountId: string, name: string, keys: string[], options: WriteOptions = {}): Promise<User> {
    return this.retag(accountId, name, dropTags(keys), options);
  }

  private retag(accountId: string, name: string, change: TagChange, options: WriteOptions): Promise<User> {
    return retag(
      this.ctx,
      accountId,
      name,
      {
        lock: async (tx) => {
          const [row] = await tx
            .select({ id: users.id, tags: users.tags })
            .from(users)
            .where(byName(users, accountId, name))
            .for('update');
          if (!row) throw noSuchEntity('user', name);
          return row;
        },
        save: (tx, id, tags) => tx.update(users).set({ tags }).where(eq(users.id, id)),
        load: (tx, id) => this.load(tx, id),
      },
      change,
      options,
    );
  }
}
