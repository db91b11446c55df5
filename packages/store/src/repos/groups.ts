import { and, eq, sql } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import type { Executor } from '../db/types.js';
import { noSuchEntity } from '../errors.js';
import { newId } from '../ids.js';
import { checkName, checkPath } from '../names.js';
import { type Connection, type ListFilter, type PageArgs, toConnection } from '../pagination.js';
import { policyAttachments } from '../schema/attachments.js';
import { groupMemberships, groups } from '../schema/groups.js';
import { inlinePolicies } from '../schema/inline-policies.js';
import { users } from '../schema/users.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { refuseDeleteInUse } from './delete-conflict.js';
import { lockUser } from './locks.js';
import { byName, idByName, listQuery, nameCursor, nameKeyset } from './named.js';
import { renameColumns } from './rename.js';
import { countRows, requireBelowQuota } from './row-count.js';
import { rowToUser, selectUsers, type User } from './users.js';

/** An IAM group (`IAM/latest/APIReference/API_Group.html`). */
export interface Group {
  id: string;
  accountId: string;
  name: string;
  path: string;
  arn: string;
  createdAt: Date;
}

type GroupRow = typeof groups.$inferSelect;

/** Groups and group membership. */
export class GroupsRepository {
  constructor(private readonly ctx: StoreContext) {}

  private toGroup(row: GroupRow): Group {
    return {
      id: row.id,
      accountId: row.accountId,
      name: row.name,
      path: row.path,
      arn: iamArn(this.ctx.partition, row.accountId, 'group', row.path, row.name),
      createdAt: row.createdAt,
    };
  }

  /** Creates a group; `EntityAlreadyExists` when the name is taken ignoring case, `LimitExceeded` past 300. */
  async create(
    accountId: string,
    input: { name: string; path?: string },
    options: WriteOptions = {},
  ): Promise<Group> {
    const name = checkName('group', input.name);
    const path = checkPath(input.path);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        await requireBelowQuota(tx, groups, eq(groups.accountId, accountId), {
          name: 'groupsPerAccount',
          limit: quotas.groupsPerAccount,
          what: 'too many groups',
        });
        const [row] = await tx
          .insert(groups)
          .values({ id: newId('group'), accountId, name, path })
          .returning();
        return this.toGroup(row as GroupRow);
      },
      { subject: name, accountId, ...options },
    );
  }

  /** The group `name` (case-insensitive), or `NoSuchEntity`. */
  async get(accountId: string, name: string): Promise<Group> {
    return read(this.ctx, async (db) => this.toGroup(await this.row(db, accountId, name)), name);
  }

  /** The group of `accountId` with this unique id (`AGPA...`); `NoSuchEntity` also when it is another account's. */
  async getById(accountId: string, groupId: string): Promise<Group> {
    return read(this.ctx, async (db) => {
      const [row] = await db
        .select()
        .from(groups)
        .where(and(eq(groups.id, groupId), eq(groups.accountId, accountId)));
      if (!row) throw noSuchEntity('group', groupId);
      return this.toGroup(row);
    });
  }

  private async row(db: Executor, accountId: string, name: string, lock = false): Promise<GroupRow> {
    const q = db
      .select()
      .from(groups)
      .where(byName(groups, accountId, name));
    const [row] = lock ? await q.for('update') : await q;
    if (!row) throw noSuchEntity('group', name);
    return row;
  }

  /** Lists groups ordered by name, filtered by path prefix and name substring. */
  async list(accountId: string, filter: ListFilter = {}): Promise<Connection<Group>> {
    return read(this.ctx, async (db) => {
      const q = listQuery(groups, accountId, filter);
      const rows = await db
        .select()
        .from(groups)
        .where(q.where)
        .orderBy(...q.orderBy)
        .limit(q.limit);
      return toConnection(rows, q.size, nameCursor, (r) => this.toGroup(r));
    });
  }

  /** Renames and/or moves a group (`UpdateGroup`). */
  async update(
    accountId: string,
    name: string,
    changes: { newName?: string; newPath?: string },
    options: WriteOptions = {},
  ): Promise<Group> {
    const set = renameColumns('group', changes);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const row = await this.row(tx, accountId, name, true);
        if (Object.keys(set).length === 0) return this.toGroup(row);
        const [updated] = await tx.update(groups).set(set).where(eq(groups.id, row.id)).returning();
        return this.toGroup(updated as GroupRow);
      },
      { subject: changes.newName ?? name, accountId, ...options },
    );
  }

  /** Deletes a group; as AWS (`API_DeleteGroup.html`), members and policies must be removed first (`DeleteConflict`). */
  async delete(accountId: string, name: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const { id } = await this.row(tx, accountId, name, true);
        await refuseDeleteInUse(tx, 'group', name, {
          members: sql`select 1 from ${groupMemberships} where ${groupMemberships.groupId} = ${id}`,
          'attached policies': sql`select 1 from ${policyAttachments} where ${policyAttachments.groupId} = ${id}`,
          'inline policies': sql`select 1 from ${inlinePolicies} where ${inlinePolicies.groupId} = ${id}`,
        });
        await tx.delete(groups).where(eq(groups.id, id));
      },
      { subject: name, accountId, ...options },
    );
  }

  /**
   * Adds a user to a group (`AddUserToGroup`); adding a member again is a no-op, as in AWS. A user is in at most
   * `groupsPerUser` groups (10): the count is taken under the account and user row locks, so concurrent calls
   * cannot overshoot.
   */
  async addUser(
    accountId: string,
    groupName: string,
    userName: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const group = await this.row(tx, accountId, groupName);
        const userId = await lockUser(tx, accountId, userName);
        const membership = and(eq(groupMemberships.groupId, group.id), eq(groupMemberships.userId, userId));
        if ((await countRows(tx, groupMemberships, membership)) > 0) return;
        await requireBelowQuota(tx, groupMemberships, eq(groupMemberships.userId, userId), {
          name: 'groupsPerUser',
          limit: quotas.groupsPerUser,
          what: `user \`${userName}\` is in too many groups`,
        });
        await tx.insert(groupMemberships).values({ groupId: group.id, userId });
      },
      { subject: groupName, accountId, ...options },
    );
  }

  /** Removes a user from a group; `NoSuchEntity` when the user is not a member. */
  async removeUser(
    accountId: string,
    groupName: string,
    userName: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const group = await this.row(tx, accountId, groupName);
        const userId = await lockUser(tx, accountId, userName);
        const removed = await tx
          .delete(groupMemberships)
          .where(and(eq(groupMemberships.groupId, group.id), eq(groupMemberships.userId, userId)))
          .returning({ userId: groupMemberships.userId });
        if (removed.length === 0) throw noSuchEntity('membership of user in group', `${userName}`);
      },
      { subject: groupName, accountId, ...options },
    );
  }

  /** The groups a user is in (`ListGroupsForUser`), ordered by name. */
  async listForUser(accountId: string, userName: string, page: PageArgs = {}): Promise<Connection<Group>> {
    return read(this.ctx, async (db) => {
      const userId = await idByName(db, users, 'user', accountId, userName);
      const k = nameKeyset(groups, page);
      const rows = await db
        .select({ group: groups })
        .from(groupMemberships)
        .innerJoin(groups, eq(groups.id, groupMemberships.groupId))
        .where(and(eq(groupMemberships.userId, userId), k.after))
        .orderBy(...k.orderBy)
        .limit(k.limit);
      return toConnection(
        rows.map((r) => r.group),
        k.size,
        nameCursor,
        (r) => this.toGroup(r),
      );
    });
  }

  /** The users in a group (`GetGroup`'s `Users`), ordered by name. */
  async listUsers(accountId: string, groupName: string, page: PageArgs = {}): Promise<Connection<User>> {
    return read(this.ctx, async (db) => {
      const group = await this.row(db, accountId, groupName);
      const k = nameKeyset(users, page);
      const rows = await selectUsers(db, this.ctx.partition)
        .innerJoin(groupMemberships, eq(groupMemberships.userId, users.id))
        .where(and(eq(groupMemberships.groupId, group.id), k.after))
        .orderBy(...k.orderBy)
        .limit(k.limit);
      return toConnection(rows, k.size, nameCursor, (r) => rowToUser(this.ctx.partition, r));
    });
  }
}
