import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import type { Executor } from '../db/types.js';
import { checkDocument, type DocumentInput } from '../documents.js';
import { noSuchEntity } from '../errors.js';
import { newId } from '../ids.js';
import { checkDescription, checkName, checkPath } from '../names.js';
import { type Connection, type ListFilter, toConnection } from '../pagination.js';
import { policyAttachments } from '../schema/attachments.js';
import type { Tag } from '../schema/columns.js';
import { policies, policyVersions } from '../schema/policies.js';
import { roles } from '../schema/roles.js';
import { users } from '../schema/users.js';
import { mergeTags } from '../tags.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { refuseDeleteInUse } from './delete-conflict.js';
import { inAccount } from './in-account.js';
import { listQuery, nameCursor } from './named.js';
import { PolicyAttachments } from './policy-attachments.js';
import { policyIdByArn } from './policy-lookup.js';
import { type PolicyLastUsed, type PolicyUse, recordPolicyUses } from './policy-uses.js';
import { PolicyVersions } from './policy-versions.js';
import { addTags, dropTags, retag, type TagChange } from './retag.js';
import { requireBelowQuota } from './row-count.js';

/** A customer-managed policy (`IAM/latest/APIReference/API_Policy.html`). */
export interface ManagedPolicy {
  id: string;
  accountId: string;
  name: string;
  path: string;
  arn: string;
  description: string | null;
  defaultVersionId: string;
  /** Users, groups and roles it is attached to. */
  attachmentCount: number;
  /** Users and roles that use it as permissions boundary. */
  permissionsBoundaryUsageCount: number;
  isAttachable: true;
  tags: Tag[];
  createdAt: Date;
  updatedAt: Date;
  /**
   * When a decision last allowed a request with the policy, for whom and what; null when none has been recorded.
   * Gateways record uses in batches, so it may lag by a minute, and a cached copy by longer (AWS's last-used data
   * lags by up to four hours).
   */
  lastUsed: PolicyLastUsed | null;
}

/** Input of `policies.create`. */
export interface CreatePolicyInput {
  name: string;
  path?: string;
  description?: string;
  /** The document of version `v1`, checked with `@iamgate/policy` as an identity policy. */
  document: DocumentInput;
  tags?: Tag[];
}

/**
 * Managed policies, their versions (`versions`) and their attachments (`attach`, `detach`, ...). Every method
 * takes the caller's account id: an ARN of another account is `NoSuchEntity`.
 */
export class PoliciesRepository {
  private readonly versionsOps: PolicyVersions;
  private readonly attachments: PolicyAttachments;

  constructor(private readonly ctx: StoreContext) {
    this.versionsOps = new PolicyVersions(ctx);
    this.attachments = new PolicyAttachments(ctx);
  }

  /** Creates a policy with version `v1` as default. */
  async create(
    accountId: string,
    input: CreatePolicyInput,
    options: WriteOptions = {},
  ): Promise<ManagedPolicy> {
    const name = checkName('policy', input.name);
    const path = checkPath(input.path);
    const description = checkDescription(input.description);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const document = checkDocument(
          input.document,
          'identity',
          quotas.managedPolicySize,
          'managedPolicySize',
        );
        const tags = mergeTags([], input.tags ?? [], quotas.tagsPerEntity);
        await requireBelowQuota(tx, policies, eq(policies.accountId, accountId), {
          name: 'policiesPerAccount',
          limit: quotas.policiesPerAccount,
          what: 'too many managed policies',
        });
        const id = newId('policy');
        await tx.insert(policies).values({ id, accountId, name, path, description, tags });
        await tx.insert(policyVersions).values({ policyId: id, versionId: 'v1', document, isDefault: true });
        return this.load(tx, id);
      },
      { subject: name, accountId, ...options },
    );
  }

  private select(db: Executor) {
    return db
      .select({
        ...getTableColumns(policies),
        // Raw, table-qualified subqueries: in a single-table select Drizzle leaves column names unqualified,
        // which would bind `id` to the subquery's own table.
        defaultVersionId: sql<string>`(select v.version_id from policy_versions v where v.policy_id = "policies"."id" and v.is_default)`,
        attachmentCount: sql<number>`(select count(*) from policy_attachments pa where pa.policy_id = "policies"."id")::int`,
        boundaryCount: sql<number>`((select count(*) from users u where u.boundary_policy_id = "policies"."id") + (select count(*) from roles r where r.boundary_policy_id = "policies"."id"))::int`,
      })
      .from(policies);
  }

  private toPolicy(row: Awaited<ReturnType<PoliciesRepository['select']>>[number]): ManagedPolicy {
    return {
      id: row.id,
      accountId: row.accountId,
      name: row.name,
      path: row.path,
      arn: iamArn(this.ctx.partition, row.accountId, 'policy', row.path, row.name),
      description: row.description,
      defaultVersionId: row.defaultVersionId,
      attachmentCount: Number(row.attachmentCount),
      permissionsBoundaryUsageCount: Number(row.boundaryCount),
      isAttachable: true,
      tags: row.tags,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      lastUsed:
        row.lastUsedAt === null
          ? null
          : {
              lastUsedDate: row.lastUsedAt,
              principalArn: row.lastUsedBy ?? '',
              action: row.lastUsedAction ?? '',
            },
    };
  }

  /**
   * The current last-used data of managed policies of the account by id, in one statement: what a cached
   * `ManagedPolicy` may not show yet (recording uses does not move the account's revision).
   */
  async lastUsedOf(accountId: string, ids: readonly string[]): Promise<Map<string, PolicyLastUsed | null>> {
    if (ids.length === 0) return new Map();
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({
          id: policies.id,
          at: policies.lastUsedAt,
          by: policies.lastUsedBy,
          action: policies.lastUsedAction,
        })
        .from(policies)
        .where(and(eq(policies.accountId, accountId), inArray(policies.id, [...ids])));
      return new Map(
        rows.map((r) => [
          r.id,
          r.at === null ? null : { lastUsedDate: r.at, principalArn: r.by ?? '', action: r.action ?? '' },
        ]),
      );
    });
  }

  /** Records decisions that allowed requests with managed policies, in one statement (see `recordPolicyUses`). */
  async recordUses(uses: readonly PolicyUse[]): Promise<void> {
    await read(this.ctx, (db) => recordPolicyUses(db, uses));
  }

  private async load(db: Executor, id: string): Promise<ManagedPolicy> {
    const [row] = await this.select(db).where(eq(policies.id, id));
    if (!row) throw noSuchEntity('policy', id);
    return this.toPolicy(row);
  }

  /** The policy with this ARN in the account, or `NoSuchEntity`. */
  async get(accountId: string, arn: string): Promise<ManagedPolicy> {
    return read(
      this.ctx,
      async (db) => this.load(db, await policyIdByArn(db, this.ctx.partition, accountId, arn)),
      arn,
    );
  }

  /** The policy of `accountId` with this unique id (`ANPA...`); `NoSuchEntity` also when it is another account's. */
  async getById(accountId: string, policyId: string): Promise<ManagedPolicy> {
    return read(
      this.ctx,
      async (db) => inAccount(await this.load(db, policyId), accountId, 'policy', policyId),
      policyId,
    );
  }

  /** Lists policies ordered by name; `onlyAttached` keeps those attached to at least one principal. */
  async list(
    accountId: string,
    filter: ListFilter & { onlyAttached?: boolean } = {},
  ): Promise<Connection<ManagedPolicy>> {
    return read(this.ctx, async (db) => {
      const q = listQuery(policies, accountId, filter);
      const attached = filter.onlyAttached
        ? sql`exists (select 1 from policy_attachments pa where pa.policy_id = "policies"."id")`
        : undefined;
      const rows = await this.select(db)
        .where(and(q.where, attached))
        .orderBy(...q.orderBy)
        .limit(q.limit);
      return toConnection(rows, q.size, nameCursor, (r) => this.toPolicy(r));
    });
  }

  /**
   * Deletes a policy and its default version. As AWS (`API_DeletePolicy.html`), it must first be detached from
   * every principal, no longer be a permissions boundary, and have no other versions: otherwise `DeleteConflict`.
   */
  async delete(accountId: string, arn: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await policyIdByArn(tx, this.ctx.partition, accountId, arn, true);
        await refuseDeleteInUse(tx, 'policy', arn, {
          attachments: sql`select 1 from ${policyAttachments} where ${policyAttachments.policyId} = ${id}`,
          'permissions boundary uses': sql`select 1 from ${users} where ${users.boundaryPolicyId} = ${id} union all select 1 from ${roles} where ${roles.boundaryPolicyId} = ${id}`,
          'non-default versions': sql`select 1 from ${policyVersions} where ${policyVersions.policyId} = ${id} and not ${policyVersions.isDefault}`,
        });
        await tx.delete(policyVersions).where(eq(policyVersions.policyId, id));
        await tx.delete(policies).where(eq(policies.id, id));
      },
      { subject: arn, accountId, ...options },
    );
  }

  /** Adds or replaces tags (`TagPolicy`). */
  async tag(accountId: string, arn: string, tags: Tag[], options: WriteOptions = {}): Promise<ManagedPolicy> {
    return this.retag(accountId, arn, addTags(tags), options);
  }

  /** Removes tags by key (`UntagPolicy`). */
  async untag(
    accountId: string,
    arn: string,
    keys: string[],
    options: WriteOptions = {},
  ): Promise<ManagedPolicy> {
    return this.retag(accountId, arn, dropTags(keys), options);
  }

  private retag(
    accountId: string,
    arn: string,
    change: TagChange,
    options: WriteOptions,
  ): Promise<ManagedPolicy> {
    return retag(
      this.ctx,
      accountId,
      arn,
      {
        lock: async (tx) => {
          const id = await policyIdByArn(tx, this.ctx.partition, accountId, arn, true);
          const [row] = await tx.select({ tags: policies.tags }).from(policies).where(eq(policies.id, id));
          return { id, tags: row?.tags ?? [] };
        },
        save: (tx, id, tags) =>
          tx.update(policies).set({ tags, updatedAt: new Date() }).where(eq(policies.id, id)),
        load: (tx, id) => this.load(tx, id),
      },
      change,
      options,
    );
  }

  /** Version operations: create, get, list, set default, delete (`CreatePolicyVersion`...). */
  get versions(): PolicyVersions {
    return this.versionsOps;
  }

  /** Attaches a managed policy to a user, group or role (`AttachUserPolicy`...). */
  attach: PolicyAttachments['attach'] = (...args) => this.attachments.attach(...args);
  /** Detaches a managed policy (`DetachUserPolicy`...). */
  detach: PolicyAttachments['detach'] = (...args) => this.attachments.detach(...args);
  /** The managed policies attached to a principal (`ListAttachedUserPolicies`...). */
  listAttached: PolicyAttachments['listAttached'] = (...args) => this.attachments.listAttached(...args);
  /** The principals a policy is attached to (`ListEntitiesForPolicy`). */
  listEntities: PolicyAttachments['listEntities'] = (...args) => this.attachments.listEntities(...args);
}
