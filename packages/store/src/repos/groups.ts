import { and, asc, count, eq, sql } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import { nonEmpty } from '../db/execute.js';
import type { Executor } from '../db/types.js';
import { limitExceeded, noSuchEntity, StoreError } from '../errors.js';
import { newId } from '../ids.js';
import { checkName, checkPath } from '../names.js';
import {
  type Connection,
  decodeCursor,
  type ListFilter,
  type PageArgs,
  pageSize,
  toConnection,
} from '../pagination.js';
import { policyAttachments } from '../schema/attachments.js';
import { groupMemberships, groups } from '../schema/groups.js';
import { inlinePolicies } from '../schema/inline-policies.js';
import { users } from '../schema/users.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { lockUser } from './locks.js';
import { byName, listQuery, nameCursor } from './named.js';
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
        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(groups)
          .where(eq(groups.accountId, accountId));
        if (n >= quotas.groupsPerAccount) {
          throw limitExceeded('groupsPerAccount', quotas.groupsPerAccount, 'too many groups');
        }
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

  /** The group with this unique id (`AGPA...`), or `NoSuchEntity`. */
  async getById(groupId: string): Promise<Group> {
    return read(this.ctx, async (db) => {
      const [row] = await db.select().from(groups).where(eq(groups.id, groupId));
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
    const set: Partial<typeof groups.$inferInsert> = {};
    if (changes.newName !== undefined) set.name = checkName('group', changes.newName);
    if (changes.newPath !== undefined) set.path = checkPath(changes.newPath);
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
        const blocking = await nonEmpty(tx, {
          members: sql`select 1 from ${groupMemberships} where ${groupMemberships.groupId} = ${id}`,
          'attached policies': sql`select 1 from ${policyAttachments} where ${policyAttachments.groupId} = ${id}`,
          'inline policies': sql`select 1 from ${inlinePolicies} where ${inlinePolicies.groupId} = ${id}`,
        });
        if (blocking.length > 0) {
          throw new StoreError('DeleteConflict', `group \`${name}\` still has ${blocking.join(', ')}`, {
            details: { entity: 'group', dependents: blocking },
          });
        }
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
        const [existing] = await tx
          .select({ n: count() })
          .from(groupMemberships)
          .where(and(eq(groupMemberships.groupId, group.id), eq(groupMemberships.userId, userId)));
        if ((existing?.n ?? 0) > 0) return;
        const [{ n } = { n: 0 }] = await tx
          .select({ n: count() })
          .from(groupMemberships)
          .where(eq(groupMemberships.userId, userId));
        if (n >= quotas.groupsPerUser) {
          throw limitExceeded(
            'groupsPerUser',
            quotas.groupsPerUser,
            `user \`${userName}\` is in too many groups`,
          );
        }
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
      const [user] = await db
        .select({ id: users.id })
        .from(users)
        .where(byName(users, accountId, userName));
      if (!user) throw noSuchEntity('user', userName);
      const size = pageSize(page.first);
      const after = page.after ? decodeCursor(page.after, 2) : undefined;
      const rows = await db
        .select({ group: groups })
        .from(groupMemberships)
        .innerJoin(groups, eq(groups.id, groupMemberships.groupId))
        .where(
          and(
            eq(groupMemberships.userId, user.id),
            after
              ? sql`(lower(${groups.name}), ${groups.id}) > (${String(after[0])}, ${String(after[1])})`
              : undefined,
          ),
        )
        .orderBy(asc(sql`lower(${groups.name})`), asc(groups.id))
        .limit(size + 1);
      return toConnection(
        rows.map((r) => r.group),
        size,
        nameCursor,
        (r) => this.toGroup(r),
      );
    });
  }

  /** The users in a group (`GetGroup`'s `Users`), ordered by name. */
  async listUsers(accountId: string, groupName: string, page: PageArgs = {}): Promise<Connection<User>> {
    return read(this.ctx, async (db) => {
      const group = await this.row(db, accountId, groupName);
      const size = pageSize(page.first);
      const after = page.after ? decodeCursor(page.after, 2) : undefined;
      const rows = await selectUsers(db, this.ctx.partition)
        .innerJoin(groupMemberships, eq(groupMemberships.userId, users.id))
        .where(
          and(
            eq(groupMemberships.groupId, group.id),
            after
              ? sql`(lower(${users.name}), ${users.id}) > (${String(after[0])}, ${String(after[1])})`
              : undefined,
          ),
        )
        .orderBy(asc(sql`lower(${users.name})`), asc(users.id))
        .limit(size + 1);
      return toConnection(rows, size, nameCursor, (r) => rowToUser(this.ctx.partition, r));
    });
  }
}
