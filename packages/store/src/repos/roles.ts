import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import type { Executor } from '../db/types.js';
import { checkDocument, type DocumentInput } from '../documents.js';
import { invalidInput, noSuchEntity } from '../errors.js';
import { newId } from '../ids.js';
import { checkDescription, checkName, checkPath } from '../names.js';
import { type Connection, type ListFilter, toConnection } from '../pagination.js';
import { policyAttachments } from '../schema/attachments.js';
import type { Tag } from '../schema/columns.js';
import { inlinePolicies } from '../schema/inline-policies.js';
import { policies } from '../schema/policies.js';
import { roles } from '../schema/roles.js';
import { workloads } from '../schema/workloads.js';
import { mergeTags } from '../tags.js';
import { bindTrustPrincipals } from '../trust/bind-trust-principals.js';
import { boundArnsSql } from '../trust/bound-arns-sql.js';
import { displayTrustPolicy } from '../trust/display-trust-policy.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { refuseDeleteInUse } from './delete-conflict.js';
import { inAccount } from './in-account.js';
import { lockRole } from './locks.js';
import { byName, listQuery, nameCursor } from './named.js';
import { ownArn, policyArnSql, policyIdByArn } from './policy-lookup.js';
import { addTags, dropTags, retag, type TagChange } from './retag.js';
import { requireBelowQuota } from './row-count.js';

/** An IAM role (`IAM/latest/APIReference/API_Role.html`). */
export interface Role {
  id: string;
  accountId: string;
  name: string;
  path: string;
  arn: string;
  description: string | null;
  /**
   * The trust policy as AWS displays it: the JSON text as submitted, except that each user or role principal bound
   * when it was saved reads as that entity's current ARN, or as its unique id once the entity is deleted
   * (`IAM/latest/UserGuide/reference_policies_elements_principal.html`; then rewritten as compact JSON).
   */
  assumeRolePolicyDocument: string;
  /**
   * The trust policy to evaluate: each bound user or role ARN replaced by the unique id it named at save time, so a
   * new entity that reuses the name never matches and a renamed one still does. Trust decisions must use this, never
   * `assumeRolePolicyDocument`.
   */
  boundTrustPolicy: string;
  /** Seconds, 3,600..43,200. */
  maxSessionDuration: number;
  permissionsBoundaryArn: string | null;
  tags: Tag[];
  lastUsedAt: Date | null;
  createdAt: Date;
}

/** Input of `roles.create`. */
export interface CreateRoleInput {
  name: string;
  path?: string;
  /**
   * The trust policy, checked with `@iamgate/policy` as kind `trust`; its user and role principals must exist and
   * are bound to their ids (`trust/bind-trust-principals.ts`).
   */
  assumeRolePolicyDocument: DocumentInput;
  description?: string;
  /** 3,600 (default) to 43,200 seconds (`API_CreateRole.html`). */
  maxSessionDuration?: number;
  permissionsBoundary?: string;
  tags?: Tag[];
}

function checkMaxSessionDuration(value: number | undefined): number {
  const v = value ?? 3600;
  if (!Number.isInteger(v) || v < 3600 || v > 43200) {
    throw invalidInput(`max session duration \`${String(value)}\` must be 3600 to 43200 seconds`, {
      field: 'maxSessionDuration',
    });
  }
  return v;
}

type RoleRow = typeof roles.$inferSelect & {
  boundaryArn: string | null;
  boundArns: Record<string, string> | null;
};

/** Roles: trust policy, session duration, boundary, tags. */
export class RolesRepository {
  constructor(private readonly ctx: StoreContext) {}

  private select(db: Executor) {
    return db
      .select({
        ...getTableColumns(roles),
        boundaryArn: policyArnSql(this.ctx.partition),
        boundArns: boundArnsSql(this.ctx.partition),
      })
      .from(roles)
      .leftJoin(policies, eq(policies.id, roles.boundaryPolicyId));
  }

  private toRole(row: RoleRow): Role {
    return {
      id: row.id,
      accountId: row.accountId,
      name: row.name,
      path: row.path,
      arn: iamArn(this.ctx.partition, row.accountId, 'role', row.path, row.name),
      description: row.description,
      assumeRolePolicyDocument: displayTrustPolicy(
        row.trustPolicy,
        row.trustBindings,
        row.boundArns,
        row.accountId,
      ),
      boundTrustPolicy: row.boundTrustPolicy ?? row.trustPolicy,
      maxSessionDuration: row.maxSessionDuration,
      permissionsBoundaryArn: row.boundaryArn,
      tags: row.tags,
      lastUsedAt: row.lastUsedAt,
      createdAt: row.createdAt,
    };
  }

  private async load(db: Executor, id: string): Promise<Role> {
    const [row] = await this.select(db).where(eq(roles.id, id));
    if (!row) throw noSuchEntity('role', id);
    return this.toRole(row);
  }

  /** Creates a role; `EntityAlreadyExists`, `LimitExceeded`, `MalformedPolicyDocument` as AWS. */
  async create(accountId: string, input: CreateRoleInput, options: WriteOptions = {}): Promise<Role> {
    const name = checkName('role', input.name);
    const path = checkPath(input.path);
    const description = checkDescription(input.description);
    const maxSessionDuration = checkMaxSessionDuration(input.maxSessionDuration);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const trustPolicy = checkDocument(
          input.assumeRolePolicyDocument,
          'trust',
          quotas.trustPolicySize,
          'trustPolicySize',
        );
        const binding = await bindTrustPrincipals(tx, this.ctx.partition, accountId, trustPolicy, new Set());
        const tags = mergeTags([], input.tags ?? [], quotas.tagsPerEntity);
        await requireBelowQuota(tx, roles, eq(roles.accountId, accountId), {
          name: 'rolesPerAccount',
          limit: quotas.rolesPerAccount,
          what: 'too many roles',
        });
        const boundaryPolicyId = input.permissionsBoundary
          ? await policyIdByArn(tx, this.ctx.partition, accountId, input.permissionsBoundary)
          : null;
        const id = newId('role');
        await tx.insert(roles).values({
          id,
          accountId,
          name,
          path,
          description,
          trustPolicy,
          trustBindings: binding.bindings,
          boundTrustPolicy: binding.bound,
          maxSessionDuration,
          boundaryPolicyId,
          tags,
        });
        return this.load(tx, id);
      },
      { subject: name, accountId, ...options },
    );
  }

  /** The role `name` (case-insensitive), or `NoSuchEntity`. */
  async get(accountId: string, name: string): Promise<Role> {
    const role = await this.find(accountId, name);
    if (!role) throw noSuchEntity('role', name);
    return role;
  }

  /** Like `get`, but `undefined` when absent. */
  async find(accountId: string, name: string): Promise<Role | undefined> {
    return read(this.ctx, async (db) => {
      const [row] = await this.select(db).where(byName(roles, accountId, name));
      return row && this.toRole(row);
    });
  }

  /** The role of `accountId` with this unique id (`AROA...`); `NoSuchEntity` also when it is another account's. */
  async getById(accountId: string, roleId: string): Promise<Role> {
    return read(
      this.ctx,
      async (db) => inAccount(await this.load(db, roleId), accountId, 'role', roleId),
      roleId,
    );
  }

  /** The role named by `arn` (which must be of this account and partition, path included), or `NoSuchEntity`. */
  async getByArn(accountId: string, arn: string): Promise<Role> {
    const role = await this.get(accountId, ownArn(this.ctx.partition, accountId, arn, 'role').name);
    if (role.arn !== arn) throw noSuchEntity('role', arn);
    return role;
  }

  /** Lists roles ordered by name, filtered by path prefix and name substring. */
  async list(accountId: string, filter: ListFilter = {}): Promise<Connection<Role>> {
    return read(this.ctx, async (db) => {
      const q = listQuery(roles, accountId, filter);
      const rows = await this.select(db)
        .where(q.where)
        .orderBy(...q.orderBy)
        .limit(q.limit);
      return toConnection(rows, q.size, nameCursor, (r) => this.toRole(r));
    });
  }

  /** Changes description and/or max session duration (`UpdateRole`). */
  async update(
    accountId: string,
    name: string,
    changes: { description?: string; maxSessionDuration?: number },
    options: WriteOptions = {},
  ): Promise<Role> {
    const set: Partial<typeof roles.$inferInsert> = {};
    if (changes.description !== undefined) set.description = checkDescription(changes.description);
    if (changes.maxSessionDuration !== undefined)
      set.maxSessionDuration = checkMaxSessionDuration(changes.maxSessionDuration);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await lockRole(tx, accountId, name);
        if (Object.keys(set).length > 0) await tx.update(roles).set(set).where(eq(roles.id, id));
        return this.load(tx, id);
      },
      { subject: name, accountId, ...options },
    );
  }

  /**
   * Replaces the trust policy (`UpdateAssumeRolePolicy`), binding its user and role principals anew. Unique ids the
   * current policy holds are accepted as written, so the policy can be saved back as `GetRole` shows it (orphaned
   * ids included); other ids must name an existing user or role.
   */
  async updateAssumeRolePolicy(
    accountId: string,
    name: string,
    document: DocumentInput,
    options: WriteOptions = {},
  ): Promise<Role> {
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const trustPolicy = checkDocument(document, 'trust', quotas.trustPolicySize, 'trustPolicySize');
        const id = await lockRole(tx, accountId, name);
        const [current] = await tx
          .select({ bindings: roles.trustBindings })
          .from(roles)
          .where(eq(roles.id, id));
        const shown = new Set((current?.bindings ?? []).map((b) => b.id));
        const binding = await bindTrustPrincipals(tx, this.ctx.partition, accountId, trustPolicy, shown);
        await tx
          .update(roles)
          .set({ trustPolicy, trustBindings: binding.bindings, boundTrustPolicy: binding.bound })
          .where(eq(roles.id, id));
        return this.load(tx, id);
      },
      { subject: name, accountId, ...options },
    );
  }

  /**
   * Deletes a role. As AWS (`API_DeleteRole.html`), it must first be removed from workloads (instance profiles)
   * and lose its attached and inline policies: otherwise `DeleteConflict`. Its sessions go with it.
   */
  async delete(accountId: string, name: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await lockRole(tx, accountId, name);
        await refuseDeleteInUse(tx, 'role', name, {
          workloads: sql`select 1 from ${workloads} where ${workloads.roleId} = ${id}`,
          'attached policies': sql`select 1 from ${policyAttachments} where ${policyAttachments.roleId} = ${id}`,
          'inline policies': sql`select 1 from ${inlinePolicies} where ${inlinePolicies.roleId} = ${id}`,
        });
        await tx.delete(roles).where(eq(roles.id, id));
      },
      { subject: name, accountId, ...options },
    );
  }

  /** Records that the role was used (assumed) at `at`; not a policy change, so no revision. */
  async markUsed(accountId: string, roleId: string, at: Date = new Date()): Promise<void> {
    await read(this.ctx, (db) =>
      db
        .update(roles)
        .set({ lastUsedAt: at })
        .where(and(eq(roles.id, roleId), eq(roles.accountId, accountId))),
    );
  }

  /** Adds or replaces tags (`TagRole`). */
  async tag(accountId: string, name: string, tags: Tag[], options: WriteOptions = {}): Promise<Role> {
    return this.retag(accountId, name, addTags(tags), options);
  }

  /** Removes tags by key (`UntagRole`). */
  async untag(accountId: string, name: string, keys: string[], options: WriteOptions = {}): Promise<Role> {
    return this.retag(accountId, name, dropTags(keys), options);
  }

  private retag(accountId: string, name: string, change: TagChange, options: WriteOptions): Promise<Role> {
    return retag(
      this.ctx,
      accountId,
      name,
      {
        lock: async (tx) => {
          const id = await lockRole(tx, accountId, name);
          const [row] = await tx.select({ tags: roles.tags }).from(roles).where(eq(roles.id, id));
          return { id, tags: row?.tags ?? [] };
        },
        save: (tx, id, tags) => tx.update(roles).set({ tags }).where(eq(roles.id, id)),
        load: (tx, id) => this.load(tx, id),
      },
      change,
      options,
    );
  }
}
