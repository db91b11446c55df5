import { resourceArnMatches, type StoredResourcePolicy } from '@iamgate/policy';
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/types.js';
import { checkDocument, type DocumentInput } from '../documents.js';
import { invalidInput, noSuchEntity } from '../errors.js';
import { newId } from '../ids.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../pagination.js';
import { resourcePolicies, resourcePolicyVersions } from '../schema/resource-policies.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { checkResourceArn } from './resource-policy-arn.js';
import { requireBelowQuota } from './row-count.js';

/** A resource-based policy stored for a resource ARN or ARN pattern of the account (like an S3 bucket policy). */
export interface ResourcePolicy {
  /** iamgate's unique id (`ARPL...`). */
  id: string;
  accountId: string;
  /** The resource ARN or ARN pattern (`*`, `?`) it is for. */
  resourceArn: string;
  /** The version in force, e.g. `v2`. */
  defaultVersionId: string;
  /** The document of the version in force, JSON text as submitted. */
  document: string;
  /** How many versions are kept (at most `versionsPerPolicy`). */
  versionCount: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A stored version of a resource policy. */
export interface ResourcePolicyVersion {
  resourceArn: string;
  versionId: string;
  /** JSON text as submitted. */
  document: string;
  isDefaultVersion: boolean;
  createdAt: Date;
}

/** What `put` did. */
export interface PutResourcePolicyResult {
  policy: ResourcePolicy;
  /** The new version, now the default. */
  version: ResourcePolicyVersion;
  /** Whether the policy did not exist before. */
  created: boolean;
  /** Versions deleted to keep at most `versionsPerPolicy` (the oldest non-default ones). */
  pruned: string[];
}

const VERSION_ID = /^v[1-9][0-9]{0,8}$/;

function checkVersionId(versionId: string): string {
  if (!VERSION_ID.test(versionId))
    throw invalidInput(`version id \`${versionId}\` must look like \`v1\``, { field: 'versionId' });
  return versionId;
}

/** Versions by number, newest first (`v10` after `v9`). */
const NEWEST_FIRST = desc(sql`substring(${resourcePolicyVersions.versionId} from 2)::int`);

/**
 * Resource-based policies an app keeps in iamgate for its own resources, each for one resource ARN or ARN pattern
 * of the account, versioned like managed policies. Every write locks the account first, so it moves the account
 * revision that caches and policy snapshots follow. Every method takes the caller's account: a policy of another
 * account is never read, and an ARN of another account is refused.
 */
export class ResourcePoliciesRepository {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Stores `document` as the policy of `resourceArn`: a new policy with version `v1`, or a new default version of
   * the existing one. A put never fails for the version quota: when the policy would hold more than
   * `versionsPerPolicy` (5) versions, the oldest non-default ones are deleted (unlike `CreatePolicyVersion`, which
   * refuses; a put replaces the policy as `PutBucketPolicy` does, and older versions are kept only to go back to).
   * The document is checked as a resource-based policy by `@iamgate/policy` (`MalformedPolicyDocument` with
   * findings) within `resourcePolicySize` (20,480 characters without whitespace, `LimitExceeded`); at most
   * `resourcePoliciesPerAccount` (1,000) policies (`LimitExceeded`).
   */
  async put(
    accountId: string,
    resourceArn: string,
    input: DocumentInput,
    options: WriteOptions = {},
  ): Promise<PutResourcePolicyResult> {
    const { arn } = checkResourceArn(this.ctx.partition, accountId, resourceArn);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const document = checkDocument(input, 'resource', quotas.resourcePolicySize, 'resourcePolicySize');
        const existing = await this.idOf(tx, accountId, arn);
        if (existing === undefined) {
          await requireBelowQuota(tx, resourcePolicies, eq(resourcePolicies.accountId, accountId), {
            name: 'resourcePoliciesPerAccount',
            limit: quotas.resourcePoliciesPerAccount,
            what: 'too many resource policies',
          });
          const id = newId('resourcePolicy');
          await tx.insert(resourcePolicies).values({ id, accountId, resourceArn: arn });
          await tx
            .insert(resourcePolicyVersions)
            .values({ policyId: id, versionId: 'v1', document, isDefault: true });
          const policy = await this.load(tx, accountId, arn);
          return { policy, version: await this.version(tx, policy, 'v1'), created: true, pruned: [] };
        }
        const [counter] = await tx
          .update(resourcePolicies)
          .set({ nextVersion: sql`${resourcePolicies.nextVersion} + 1`, updatedAt: new Date() })
          .where(eq(resourcePolicies.id, existing))
          .returning({ next: resourcePolicies.nextVersion });
        const versionId = `v${(counter?.next ?? 2) - 1}`;
        await this.clearDefault(tx, existing);
        await tx
          .insert(resourcePolicyVersions)
          .values({ policyId: existing, versionId, document, isDefault: true });
        const pruned = await this.prune(tx, existing, quotas.versionsPerPolicy);
        const policy = await this.load(tx, accountId, arn);
        return { policy, version: await this.version(tx, policy, versionId), created: false, pruned };
      },
      { subject: arn, accountId, ...options },
    );
  }

  /** The policy stored for exactly this ARN or pattern (not one that matches it), or `NoSuchEntity`. */
  async get(accountId: string, resourceArn: string): Promise<ResourcePolicy> {
    return read(this.ctx, (db) => this.load(db, accountId, resourceArn), resourceArn);
  }

  /** The policy stored for exactly this ARN or pattern, or undefined. */
  async find(accountId: string, resourceArn: string): Promise<ResourcePolicy | undefined> {
    return read(this.ctx, (db) => this.row(db, accountId, resourceArn), resourceArn);
  }

  /** Deletes the policy stored for exactly this ARN or pattern, with all its versions; `NoSuchEntity` if none. */
  async delete(accountId: string, resourceArn: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await this.idOf(tx, accountId, resourceArn);
        if (id === undefined) throw noSuchEntity('resource policy', resourceArn);
        await tx.delete(resourcePolicyVersions).where(eq(resourcePolicyVersions.policyId, id));
        await tx.delete(resourcePolicies).where(eq(resourcePolicies.id, id));
      },
      { subject: resourceArn, accountId, ...options },
    );
  }

  /** The account's policies ordered by resource ARN, a page at a time. */
  async list(accountId: string, page: PageArgs = {}): Promise<Connection<ResourcePolicy>> {
    const size = pageSize(page.first);
    let after: SQL | undefined;
    if (page.after) {
      const [arn, id] = decodeCursor(page.after, 2);
      after = sql`(${resourcePolicies.resourceArn}, ${resourcePolicies.id}) > (${String(arn)}, ${String(id)})`;
    }
    return read(this.ctx, async (db) => {
      const rows = await this.select(db)
        .where(and(eq(resourcePolicies.accountId, accountId), after))
        .orderBy(asc(resourcePolicies.resourceArn), asc(resourcePolicies.id))
        .limit(size + 1);
      return toConnection(
        rows,
        size,
        (r) => [r.resourceArn, r.id],
        (r) => this.toPolicy(r),
      );
    });
  }

  /** Every stored version of the policy, newest first; at most `versionsPerPolicy`, so not paginated. */
  async listVersions(accountId: string, resourceArn: string): Promise<ResourcePolicyVersion[]> {
    return read(
      this.ctx,
      async (db) => {
        const id = await this.idOf(db, accountId, resourceArn);
        if (id === undefined) throw noSuchEntity('resource policy', resourceArn);
        const rows = await db
          .select()
          .from(resourcePolicyVersions)
          .where(eq(resourcePolicyVersions.policyId, id))
          .orderBy(NEWEST_FIRST);
        return rows.map((r) => toVersion(resourceArn, r));
      },
      resourceArn,
    );
  }

  /** Makes a stored version the one in force (`NoSuchEntity` for a version the policy does not have). */
  async setDefaultVersion(
    accountId: string,
    resourceArn: string,
    versionId: string,
    options: WriteOptions = {},
  ): Promise<ResourcePolicy> {
    checkVersionId(versionId);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await this.idOf(tx, accountId, resourceArn);
        if (id === undefined) throw noSuchEntity('resource policy', resourceArn);
        const [target] = await tx
          .select({ isDefault: resourcePolicyVersions.isDefault })
          .from(resourcePolicyVersions)
          .where(
            and(eq(resourcePolicyVersions.policyId, id), eq(resourcePolicyVersions.versionId, versionId)),
          );
        if (target === undefined)
          throw noSuchEntity('resource policy version', `${resourceArn} ${versionId}`);
        if (!target.isDefault) {
          await this.clearDefault(tx, id);
          await tx
            .update(resourcePolicyVersions)
            .set({ isDefault: true })
            .where(
              and(eq(resourcePolicyVersions.policyId, id), eq(resourcePolicyVersions.versionId, versionId)),
            );
          await tx.update(resourcePolicies).set({ updatedAt: new Date() }).where(eq(resourcePolicies.id, id));
        }
        return this.load(tx, accountId, resourceArn);
      },
      { subject: resourceArn, accountId, ...options },
    );
  }

  /**
   * The documents in force of the account's policies, ordered by resource ARN: all of them, or those of one service
   * (`servicePrefix` `arn:<partition>:<service>:`, which every stored ARN of the service starts with).
   */
  async defaults(accountId: string, servicePrefix?: string): Promise<StoredResourcePolicy[]> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({ resourceArn: resourcePolicies.resourceArn, document: resourcePolicyVersions.document })
        .from(resourcePolicies)
        .innerJoin(
          resourcePolicyVersions,
          and(
            eq(resourcePolicyVersions.policyId, resourcePolicies.id),
            eq(resourcePolicyVersions.isDefault, true),
          ),
        )
        .where(
          and(
            eq(resourcePolicies.accountId, accountId),
            servicePrefix === undefined
              ? undefined
              : sql`starts_with(${resourcePolicies.resourceArn}, ${servicePrefix})`,
          ),
        )
        .orderBy(asc(resourcePolicies.resourceArn));
      return rows;
    });
  }

  /**
   * The documents in force of every policy of the account whose ARN or pattern matches the concrete `resourceArn`,
   * as a `Resource` element matches (`resourceArnMatches` of `@iamgate/policy`). Read with a prefix filter on the
   * resource's partition and service, then matched exactly. A resource of another account matches nothing.
   */
  async matching(accountId: string, resourceArn: string): Promise<StoredResourcePolicy[]> {
    const prefix = /^arn:[^:*?]+:[^:*?]+:/.exec(resourceArn)?.[0];
    if (prefix === undefined) return [];
    const candidates = await this.defaults(accountId, prefix);
    return candidates.filter((p) => resourceArnMatches(p.resourceArn, resourceArn));
  }

  private async idOf(db: Executor, accountId: string, resourceArn: string): Promise<string | undefined> {
    const [row] = await db
      .select({ id: resourcePolicies.id })
      .from(resourcePolicies)
      .where(and(eq(resourcePolicies.accountId, accountId), eq(resourcePolicies.resourceArn, resourceArn)));
    return row?.id;
  }

  private select(db: Executor) {
    return db
      .select({
        id: resourcePolicies.id,
        accountId: resourcePolicies.accountId,
        resourceArn: resourcePolicies.resourceArn,
        createdAt: resourcePolicies.createdAt,
        updatedAt: resourcePolicies.updatedAt,
        defaultVersionId: resourcePolicyVersions.versionId,
        document: resourcePolicyVersions.document,
        // Raw, table-qualified: Drizzle leaves column names unqualified in a subquery's own select.
        versionCount: sql<number>`(select count(*) from resource_policy_versions v where v.policy_id = "resource_policies"."id")::int`,
      })
      .from(resourcePolicies)
      .innerJoin(
        resourcePolicyVersions,
        and(
          eq(resourcePolicyVersions.policyId, resourcePolicies.id),
          eq(resourcePolicyVersions.isDefault, true),
        ),
      );
  }

  private toPolicy(row: Awaited<ReturnType<ResourcePoliciesRepository['select']>>[number]): ResourcePolicy {
    return { ...row, versionCount: Number(row.versionCount) };
  }

  private async row(
    db: Executor,
    accountId: string,
    resourceArn: string,
  ): Promise<ResourcePolicy | undefined> {
    const [row] = await this.select(db).where(
      and(eq(resourcePolicies.accountId, accountId), eq(resourcePolicies.resourceArn, resourceArn)),
    );
    return row === undefined ? undefined : this.toPolicy(row);
  }

  private async load(db: Executor, accountId: string, resourceArn: string): Promise<ResourcePolicy> {
    const policy = await this.row(db, accountId, resourceArn);
    if (policy === undefined) throw noSuchEntity('resource policy', resourceArn);
    return policy;
  }

  private async version(
    db: Executor,
    policy: ResourcePolicy,
    versionId: string,
  ): Promise<ResourcePolicyVersion> {
    const [row] = await db
      .select()
      .from(resourcePolicyVersions)
      .where(
        and(eq(resourcePolicyVersions.policyId, policy.id), eq(resourcePolicyVersions.versionId, versionId)),
      );
    if (row === undefined)
      throw noSuchEntity('resource policy version', `${policy.resourceArn} ${versionId}`);
    return toVersion(policy.resourceArn, row);
  }

  private async clearDefault(tx: Transaction, policyId: string): Promise<void> {
    await tx
      .update(resourcePolicyVersions)
      .set({ isDefault: false })
      .where(and(eq(resourcePolicyVersions.policyId, policyId), eq(resourcePolicyVersions.isDefault, true)));
  }

  /** Deletes the oldest non-default versions beyond `keep`; returns their ids, oldest first. */
  private async prune(tx: Transaction, policyId: string, keep: number): Promise<string[]> {
    const rows = await tx
      .select({ versionId: resourcePolicyVersions.versionId, isDefault: resourcePolicyVersions.isDefault })
      .from(resourcePolicyVersions)
      .where(eq(resourcePolicyVersions.policyId, policyId))
      .orderBy(NEWEST_FIRST);
    const excess = rows.length - Math.max(keep, 1);
    if (excess <= 0) return [];
    const doomed = rows
      .filter((r) => !r.isDefault)
      .slice(-excess)
      .map((r) => r.versionId)
      .reverse();
    for (const versionId of doomed) {
      await tx
        .delete(resourcePolicyVersions)
        .where(
          and(eq(resourcePolicyVersions.policyId, policyId), eq(resourcePolicyVersions.versionId, versionId)),
        );
    }
    return doomed;
  }
}

function toVersion(
  resourceArn: string,
  row: typeof resourcePolicyVersions.$inferSelect,
): ResourcePolicyVersion {
  return {
    resourceArn,
    versionId: row.versionId,
    document: row.document,
    isDefaultVersion: row.isDefault,
    createdAt: row.createdAt,
  };
}
