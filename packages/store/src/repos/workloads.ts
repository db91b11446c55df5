import { and, eq, getTableColumns } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import type { Executor, Transaction } from '../db/types.js';
import { limitExceeded, noSuchEntity, StoreError } from '../errors.js';
import { newId, newSecret } from '../ids.js';
import { checkName, checkPath } from '../names.js';
import { type Connection, type ListFilter, toConnection } from '../pagination.js';
import type { Tag } from '../schema/columns.js';
import { roles } from '../schema/roles.js';
import { workloads } from '../schema/workloads.js';
import { hashSecret, verifySecret } from '../secrets/secret-hash.js';
import { mergeTags } from '../tags.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { inAccount } from './in-account.js';
import { byName, listQuery, nameCursor } from './named.js';
import { ownArn } from './policy-lookup.js';
import { addTags, dropTags, retag, type TagChange } from './retag.js';
import { requireBelowQuota } from './row-count.js';

/** A workload: holds at most one role, like an instance profile (`API_InstanceProfile.html`). */
export interface Workload {
  id: string;
  accountId: string;
  name: string;
  path: string;
  /** `arn:<partition>:iam::<account>:workload<path><name>`. */
  arn: string;
  roleId: string | null;
  roleArn: string | null;
  roleName: string | null;
  tags: Tag[];
  credentialRotatedAt: Date;
  createdAt: Date;
}

/** A workload's credential, returned once by `create` and `rotateCredential`; only its hash is stored. */
export interface WorkloadCredential {
  workloadId: string;
  secret: string;
}

/** Workloads, the role they hold, and their credentials. */
export class WorkloadsRepository {
  constructor(private readonly ctx: StoreContext) {}

  private select(db: Executor) {
    return db
      .select({ ...getTableColumns(workloads), roleName: roles.name, rolePath: roles.path })
      .from(workloads)
      .leftJoin(roles, eq(roles.id, workloads.roleId));
  }

  private toWorkload(row: Awaited<ReturnType<WorkloadsRepository['select']>>[number]): Workload {
    const p = this.ctx.partition;
    return {
      id: row.id,
      accountId: row.accountId,
      name: row.name,
      path: row.path,
      arn: iamArn(p, row.accountId, 'workload', row.path, row.name),
      roleId: row.roleId,
      roleArn:
        row.roleName && row.rolePath ? iamArn(p, row.accountId, 'role', row.rolePath, row.roleName) : null,
      roleName: row.roleName,
      tags: row.tags,
      credentialRotatedAt: row.credentialRotatedAt,
      createdAt: row.createdAt,
    };
  }

  private async load(db: Executor, id: string): Promise<Workload> {
    const [row] = await this.select(db).where(eq(workloads.id, id));
    if (!row) throw noSuchEntity('workload', id);
    return this.toWorkload(row);
  }

  private async lock(db: Executor, accountId: string, name: string) {
    const [row] = await db
      .select()
      .from(workloads)
      .where(byName(workloads, accountId, name))
      .for('update');
    if (!row) throw noSuchEntity('workload', name);
    return row;
  }

  /** Runs `fn` on the workload `name`, row-locked after the account, in one audited write. */
  private change<T>(
    accountId: string,
    name: string,
    options: WriteOptions,
    fn: (tx: Transaction, row: typeof workloads.$inferSelect) => Promise<T>,
  ): Promise<T> {
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        return fn(tx, await this.lock(tx, accountId, name));
      },
      { subject: name, accountId, ...options },
    );
  }

  /** Registers a workload and issues its credential (returned only here). */
  async create(
    accountId: string,
    input: { name: string; path?: string; tags?: Tag[] },
    options: WriteOptions = {},
  ): Promise<{ workload: Workload; credential: WorkloadCredential }> {
    const name = checkName('workload', input.name);
    const path = checkPath(input.path);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const tags = mergeTags([], input.tags ?? [], quotas.tagsPerEntity);
        await requireBelowQuota(tx, workloads, eq(workloads.accountId, accountId), {
          name: 'workloadsPerAccount',
          limit: quotas.workloadsPerAccount,
          what: 'too many workloads',
        });
        const id = newId('workload');
        const secret = newSecret();
        await tx
          .insert(workloads)
          .values({ id, accountId, name, path, tags, credentialHash: hashSecret(secret) });
        return { workload: await this.load(tx, id), credential: { workloadId: id, secret } };
      },
      { subject: name, accountId, ...options },
    );
  }

  /** The workload `name`, or `NoSuchEntity`. */
  async get(accountId: string, name: string): Promise<Workload> {
    return read(
      this.ctx,
      async (db) => {
        const [row] = await this.select(db).where(byName(workloads, accountId, name));
        if (!row) throw noSuchEntity('workload', name);
        return this.toWorkload(row);
      },
      name,
    );
  }

  /** The workload of `accountId` with this id (`AIPA...`); `NoSuchEntity` also when it is another account's. */
  async getById(accountId: string, workloadId: string): Promise<Workload> {
    return read(
      this.ctx,
      async (db) => inAccount(await this.load(db, workloadId), accountId, 'workload', workloadId),
      workloadId,
    );
  }

  /** Lists workloads ordered by name. */
  async list(accountId: string, filter: ListFilter = {}): Promise<Connection<Workload>> {
    return read(this.ctx, async (db) => {
      const q = listQuery(workloads, accountId, filter);
      const rows = await this.select(db)
        .where(q.where)
        .orderBy(...q.orderBy)
        .limit(q.limit);
      return toConnection(rows, q.size, nameCursor, (r) => this.toWorkload(r));
    });
  }

  /**
   * Gives the workload a role of the same account. A workload holds one role: `LimitExceeded` when it already
   * has one (`API_AddRoleToInstanceProfile.html`). Checking `iam:PassRole` is the caller's job.
   */
  async attachRole(
    accountId: string,
    name: string,
    roleArn: string,
    options: WriteOptions = {},
  ): Promise<Workload> {
    return this.change(accountId, name, options, async (tx, row) => {
      const { name: roleName, path } = ownArn(this.ctx.partition, accountId, roleArn, 'role');
      const [role] = await tx
        .select({ id: roles.id })
        .from(roles)
        .where(and(byName(roles, accountId, roleName), eq(roles.path, path)));
      if (!role) throw noSuchEntity('role', roleArn);
      if (row.roleId === role.id) return this.load(tx, row.id);
      if (row.roleId !== null)
        throw limitExceeded('rolesPerWorkload', 1, `workload \`${name}\` already holds a role`);
      await tx.update(workloads).set({ roleId: role.id }).where(eq(workloads.id, row.id));
      return this.load(tx, row.id);
    });
  }

  /** Takes the role away; `NoSuchEntity` when the workload does not hold that role. */
  async detachRole(
    accountId: string,
    name: string,
    roleArn: string,
    options: WriteOptions = {},
  ): Promise<Workload> {
    return this.change(accountId, name, options, async (tx, row) => {
      const current = await this.load(tx, row.id);
      if (current.roleArn !== roleArn) throw noSuchEntity('role of workload', roleArn);
      await tx.update(workloads).set({ roleId: null }).where(eq(workloads.id, row.id));
      return this.load(tx, row.id);
    });
  }

  /** Replaces the credential; the old one stops working at commit. */
  async rotateCredential(
    accountId: string,
    name: string,
    options: WriteOptions = {},
  ): Promise<WorkloadCredential> {
    return this.change(accountId, name, options, async (tx, row) => {
      const secret = newSecret();
      await tx
        .update(workloads)
        .set({ credentialHash: hashSecret(secret), credentialRotatedAt: new Date() })
        .where(eq(workloads.id, row.id));
      return { workloadId: row.id, secret };
    });
  }

  /**
   * The workload if `secret` is its current credential (constant-time comparison), else `null`. One statement: the
   * workload is read with its hash and only returned once the secret matched.
   */
  async verifyCredential(workloadId: string, secret: string): Promise<Workload | null> {
    return read(this.ctx, async (db) => {
      const [row] = await this.select(db).where(eq(workloads.id, workloadId));
      // Hash anyway when the id is unknown, so timing does not tell which ids exist.
      const ok = verifySecret(secret, row?.credentialHash ?? hashSecret(''));
      return ok && row ? this.toWorkload(row) : null;
    });
  }

  /** Deletes a workload; one that still holds a role is a `DeleteConflict` (`API_DeleteInstanceProfile.html`). */
  async delete(accountId: string, name: string, options: WriteOptions = {}): Promise<void> {
    await this.change(accountId, name, options, async (tx, row) => {
      if (row.roleId !== null) {
        throw new StoreError('DeleteConflict', `workload \`${name}\` still holds a role`, {
          details: { entity: 'workload', dependents: ['role'] },
        });
      }
      await tx.delete(workloads).where(eq(workloads.id, row.id));
    });
  }

  /** Adds or replaces tags. */
  async tag(accountId: string, name: string, tags: Tag[], options: WriteOptions = {}): Promise<Workload> {
    return this.retag(accountId, name, addTags(tags), options);
  }

  /** Removes tags by key. */
  async untag(
    accountId: string,
    name: string,
    keys: string[],
    options: WriteOptions = {},
  ): Promise<Workload> {
    return this.retag(accountId, name, dropTags(keys), options);
  }

  private retag(
    accountId: string,
    name: string,
    change: TagChange,
    options: WriteOptions,
  ): Promise<Workload> {
    return retag(
      this.ctx,
      accountId,
      name,
      {
        lock: (tx) => this.lock(tx, accountId, name),
        save: (tx, id, tags) => tx.update(workloads).set({ tags }).where(eq(workloads.id, id)),
        load: (tx, id) => this.load(tx, id),
      },
      change,
      options,
    );
  }
}
