import { and, asc, eq } from 'drizzle-orm';
import type { Transaction } from '../db/types.js';
import { checkDocument } from '../documents.js';
import { noSuchEntity, StoreError } from '../errors.js';
import { guardrailAttachments, guardrailPolicies, organizations } from '../schema/organizations.js';
import type { WriteOptions } from './audit-write.js';
import { read, type StoreContext, write } from './context.js';
import {
  accountsUnder,
  attach,
  managedOrganization,
  managedOrganizationId,
  organizationArn,
  orgIds,
  requireTarget,
  touchAccounts,
} from './organization-tree.js';

/** A guardrail policy (AWS's service control policy, `API_Policy.html`). */
export interface GuardrailPolicy {
  id: string;
  arn: string;
  name: string;
  description: string;
  document: string;
  /** Where it is attached: root, unit and account ids. */
  targets: string[];
}

/** The name and document of the guardrail attached everywhere by default (AWS's `FullAWSAccess`). */
export const FULL_ACCESS_GUARDRAIL = {
  name: 'FullIamgateAccess',
  description:
    'Allows everything; attached to every root, unit and account by default, as AWS attaches FullAWSAccess.',
  document: JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  }),
};

/** The most characters of a guardrail policy without whitespace (AWS's SCP quota, `orgs_reference_limits.html`). */
const MAX_GUARDRAIL_SIZE = 5120;

/** Attaches the organization's default full-access guardrail to a new unit or member, as AWS attaches its own. */
export async function attachFullAccess(
  tx: Transaction,
  organizationId: string,
  targetId: string,
): Promise<void> {
  const [full] = await tx
    .select({ id: guardrailPolicies.id })
    .from(guardrailPolicies)
    .where(
      and(
        eq(guardrailPolicies.organizationId, organizationId),
        eq(guardrailPolicies.name, FULL_ACCESS_GUARDRAIL.name),
      ),
    );
  if (full !== undefined) await attach(tx, organizationId, full.id, targetId);
}

/**
 * Guardrail policies of organizations (AWS's service control policies): made, listed, attached and detached by the
 * management account. Every attachment change moves the revision of each account it caps.
 */
export class GuardrailPoliciesRepository {
  constructor(private readonly ctx: StoreContext) {}

  private arn(organizationId: string, managementAccountId: string, id: string): string {
    return organizationArn(
      this.ctx.partition,
      'policy',
      organizationId,
      managementAccountId,
      `service_control_policy/${id}`,
    );
  }

  /** A new guardrail policy of the organization (`CreatePolicy` of type `SERVICE_CONTROL_POLICY`), attached nowhere. */
  async create(
    managementAccountId: string,
    input: { name: string; description?: string; document: string },
    options: WriteOptions = {},
  ): Promise<GuardrailPolicy> {
    const document = checkDocument(input.document, 'guardrail', MAX_GUARDRAIL_SIZE, 'guardrailPolicySize');
    const name = input.name.trim();
    if (!/^[\w+=,.@-]{1,128}$/.test(name)) {
      throw new StoreError('InvalidInput', 'a policy name is 1-128 characters of `[\\w+=,.@-]`', {
        details: { field: 'name' },
      });
    }
    return write(
      this.ctx,
      async (tx) => {
        const org = await managedOrganization(tx, managementAccountId);
        const id = orgIds.policy();
        await tx
          .insert(guardrailPolicies)
          .values({ id, organizationId: org.id, name, description: input.description ?? '', document });
        return {
          id,
          arn: this.arn(org.id, managementAccountId, id),
          name,
          description: input.description ?? '',
          document,
          targets: [],
        };
      },
      { subject: name, accountId: managementAccountId, ...options },
    );
  }

  /** The guardrail policies of the organization `managementAccountId` manages, with their targets. */
  async list(managementAccountId: string): Promise<GuardrailPolicy[]> {
    return read(this.ctx, async (db) => {
      await managedOrganizationId(db, managementAccountId);
      const rows = await db
        .select({ p: guardrailPolicies })
        .from(guardrailPolicies)
        .innerJoin(organizations, eq(organizations.id, guardrailPolicies.organizationId))
        .where(eq(organizations.managementAccountId, managementAccountId))
        .orderBy(asc(guardrailPolicies.createdAt), asc(guardrailPolicies.id));
      const attachments = await db
        .select({ policyId: guardrailAttachments.policyId, targetId: guardrailAttachments.targetId })
        .from(guardrailAttachments)
        .innerJoin(organizations, eq(organizations.id, guardrailAttachments.organizationId))
        .where(eq(organizations.managementAccountId, managementAccountId))
        .orderBy(asc(guardrailAttachments.targetId));
      return rows.map(({ p }) => ({
        id: p.id,
        arn: this.arn(p.organizationId, managementAccountId, p.id),
        name: p.name,
        description: p.description,
        document: p.document,
        targets: attachments.filter((a) => a.policyId === p.id).map((a) => a.targetId),
      }));
    });
  }

  /**
   * Attaches (`AttachPolicy`) or detaches (`DetachPolicy`) a guardrail policy to or from the root, a unit or a
   * member account; every account under the target is re-read by every instance. A target left with no policy
   * would deny everything under it, so the last one cannot be detached (`DeleteConflict`, as AWS's
   * `ConstraintViolationException`).
   */
  async setAttachment(
    managementAccountId: string,
    policyId: string,
    targetId: string,
    attached: boolean,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const org = await managedOrganization(tx, managementAccountId);
        const [policy] = await tx
          .select({ id: guardrailPolicies.id })
          .from(guardrailPolicies)
          .where(and(eq(guardrailPolicies.id, policyId), eq(guardrailPolicies.organizationId, org.id)));
        if (policy === undefined) throw noSuchEntity('policy', policyId);
        await requireTarget(tx, org.id, targetId);
        await touchAccounts(tx, await accountsUnder(tx, org.id, targetId));
        if (attached) {
          await attach(tx, org.id, policyId, targetId);
          return;
        }
        const removed = await tx
          .delete(guardrailAttachments)
          .where(
            and(eq(guardrailAttachments.policyId, policyId), eq(guardrailAttachments.targetId, targetId)),
          )
          .returning({ id: guardrailAttachments.policyId });
        if (removed.length === 0) throw noSuchEntity('attachment', `${policyId} on ${targetId}`);
        const [left] = await tx
          .select({ id: guardrailAttachments.policyId })
          .from(guardrailAttachments)
          .where(eq(guardrailAttachments.targetId, targetId));
        if (left === undefined) {
          throw new StoreError('DeleteConflict', `\`${targetId}\` must keep at least one guardrail policy`, {
            details: { entity: 'guardrail attachment', dependents: ['last policy'] },
          });
        }
      },
      { subject: policyId, accountId: managementAccountId, ...options },
    );
  }
}
