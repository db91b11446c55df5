import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types.js';
import { checkDocument, type DocumentInput } from '../documents.js';
import { invalidInput, noSuchEntity, StoreError } from '../errors.js';
import { policies, policyVersions } from '../schema/policies.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { policyIdByArn } from './policy-lookup.js';
import { requireBelowQuota } from './row-count.js';

/** A stored version of a managed policy (`IAM/latest/APIReference/API_PolicyVersion.html`). */
export interface PolicyVersion {
  policyArn: string;
  versionId: string;
  /** The document as submitted (JSON text). */
  document: string;
  isDefaultVersion: boolean;
  createdAt: Date;
}

const VERSION_ID = /^v[1-9][0-9]*$/;

function checkVersionId(versionId: string): string {
  if (!VERSION_ID.test(versionId))
    throw invalidInput(`version id \`${versionId}\` must look like \`v1\``, { field: 'versionId' });
  return versionId;
}

/** The versions of managed policies: at most five stored, exactly one default (`API_CreatePolicyVersion.html`). */
export class PolicyVersions {
  constructor(private readonly ctx: StoreContext) {}

  private toVersion(arn: string, row: typeof policyVersions.$inferSelect): PolicyVersion {
    return {
      policyArn: arn,
      versionId: row.versionId,
      document: row.document,
      isDefaultVersion: row.isDefault,
      createdAt: row.createdAt,
    };
  }

  /**
   * Stores a new version (`v<n>`, never reusing a number). `LimitExceeded` when the policy already has
   * `versionsPerPolicy` (5) versions; with `setAsDefault` it becomes the default in the same transaction.
   */
  async create(
    accountId: string,
    arn: string,
    input: { document: DocumentInput; setAsDefault?: boolean },
    options: WriteOptions = {},
  ): Promise<PolicyVersion> {
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
        const policyId = await policyIdByArn(tx, this.ctx.partition, accountId, arn, true);
        await requireBelowQuota(tx, policyVersions, eq(policyVersions.policyId, policyId), {
          name: 'versionsPerPolicy',
          limit: quotas.versionsPerPolicy,
          what: `policy \`${arn}\` has too many versions`,
        });
        const [counter] = await tx
          .update(policies)
          .set({ nextVersion: sql`${policies.nextVersion} + 1`, updatedAt: new Date() })
          .where(eq(policies.id, policyId))
          .returning({ next: policies.nextVersion });
        const versionId = `v${(counter?.next ?? 2) - 1}`;
        if (input.setAsDefault) {
          await tx
            .update(policyVersions)
            .set({ isDefault: false })
            .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.isDefault, true)));
        }
        const [row] = await tx
          .insert(policyVersions)
          .values({ policyId, versionId, document, isDefault: input.setAsDefault ?? false })
          .returning();
        return this.toVersion(arn, row as typeof policyVersions.$inferSelect);
      },
      { subject: arn, accountId, ...options },
    );
  }

  /** One version (`GetPolicyVersion`), or `NoSuchEntity`. */
  async get(accountId: string, arn: string, versionId: string): Promise<PolicyVersion> {
    checkVersionId(versionId);
    return read(
      this.ctx,
      async (db) => this.toVersion(arn, await this.row(db, accountId, arn, versionId)),
      arn,
    );
  }

  /** The default version, whose document is the policy's effective document. */
  async getDefault(accountId: string, arn: string): Promise<PolicyVersion> {
    return read(
      this.ctx,
      async (db) => {
        const policyId = await policyIdByArn(db, this.ctx.partition, accountId, arn);
        const [row] = await db
          .select()
          .from(policyVersions)
          .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.isDefault, true)));
        if (!row) throw noSuchEntity('default version of policy', arn);
        return this.toVersion(arn, row);
      },
      arn,
    );
  }

  private async row(db: Executor, accountId: string, arn: string, versionId: string) {
    const policyId = await policyIdByArn(db, this.ctx.partition, accountId, arn);
    const [row] = await db
      .select()
      .from(policyVersions)
      .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.versionId, versionId)));
    if (!row) throw noSuchEntity('policy version', `${arn} ${versionId}`);
    return row;
  }

  /** All stored versions, newest first (`ListPolicyVersions`); at most `versionsPerPolicy`, so not paginated. */
  async list(accountId: string, arn: string): Promise<PolicyVersion[]> {
    return read(
      this.ctx,
      async (db) => {
        const policyId = await policyIdByArn(db, this.ctx.partition, accountId, arn);
        const rows = await db
          .select()
          .from(policyVersions)
          .where(eq(policyVersions.policyId, policyId))
          .orderBy(desc(sql`substring(${policyVersions.versionId} from 2)::int`));
        return rows.map((r) => this.toVersion(arn, r));
      },
      arn,
    );
  }

  /** Makes a stored version the default (`SetDefaultPolicyVersion`). */
  async setDefault(
    accountId: string,
    arn: string,
    versionId: string,
    options: WriteOptions = {},
  ): Promise<void> {
    checkVersionId(versionId);
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const policyId = await policyIdByArn(tx, this.ctx.partition, accountId, arn, true);
        const target = await this.row(tx, accountId, arn, versionId);
        if (target.isDefault) return;
        await tx
          .update(policyVersions)
          .set({ isDefault: false })
          .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.isDefault, true)));
        await tx
          .update(policyVersions)
          .set({ isDefault: true })
          .where(and(eq(policyVersions.policyId, policyId), eq(policyVersions.versionId, versionId)));
        await tx.update(policies).set({ updatedAt: new Date() }).where(eq(policies.id, policyId));
      },
      { subject: arn, accountId, ...options },
    );
  }

  /** Deletes a non-default version (`DeletePolicyVersion`); the default one is a `DeleteConflict`. */
  async delete(accountId: string, arn: string, versionId: string, options: WriteOptions = {}): Promise<void> {
    checkVersionId(versionId);
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        await policyIdByArn(tx, this.ctx.partition, accountId, arn, true);
        const target = await this.row(tx, accountId, arn, versionId);
        if (target.isDefault) {
          throw new StoreError(
            'DeleteConflict',
            `version \`${versionId}\` is the default version of \`${arn}\``,
            {
              details: { entity: 'policyVersion', dependents: ['default'] },
            },
          );
        }
        await tx
          .delete(policyVersions)
          .where(and(eq(policyVersions.policyId, target.policyId), eq(policyVersions.versionId, versionId)));
      },
      { subject: arn, accountId, ...options },
    );
  }
}
