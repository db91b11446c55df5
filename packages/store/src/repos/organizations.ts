import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/types.js';
import { checkDocument } from '../documents.js';
import { noSuchEntity, StoreError } from '../errors.js';
import { accounts } from '../schema/accounts.js';
import {
  guardrailAttachments,
  guardrailPolicies,
  handshakes,
  organizationAccounts,
  organizationalUnits,
  organizations,
} from '../schema/organizations.js';
import type { WriteOptions } from './audit-write.js';
import { read, type StoreContext, write } from './context.js';
import {
  accountsUnder,
  attach,
  managedOrganization,
  orgIds,
  requireTarget,
  rootOf,
  touchAccounts,
} from './organization-tree.js';

/** An organization as its members see it (`API_Organization.html`). */
export interface Organization {
  id: string;
  arn: string;
  managementAccountId: string;
  rootId: string;
  createdAt: Date;
}

/** The root or an organizational unit (`API_OrganizationalUnit.html`, `API_Root.html`). */
export interface OrganizationalUnit {
  id: string;
  arn: string;
  name: string;
  /** Null for the root. */
  parentId: string | null;
}

/** A member account (`API_Account.html`). */
export interface OrganizationMember {
  id: string;
  arn: string;
  email: string;
  alias: string | null;
  parentId: string;
  joinedAt: Date;
}

/** An invitation to join (`API_Handshake.html`). */
export interface Handshake {
  id: string;
  arn: string;
  organizationId: string;
  managementAccountId: string;
  targetAccountId: string;
  state: 'OPEN' | 'ACCEPTED' | 'DECLINED' | 'CANCELED' | 'EXPIRED';
  createdAt: Date;
  expiresAt: Date;
}

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

/** How long an invitation to join stays open (AWS: 15 days). */
const HANDSHAKE_DAYS = 15;

/** Attaches the organization's default full-access guardrail to a new unit or member, as AWS attaches its own. */
async function attachFullAccess(tx: Transaction, organizationId: string, targetId: string): Promise<void> {
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

function alreadyInOrganization(accountId: string): StoreError {
  return new StoreError('EntityAlreadyExists', `account \`${accountId}\` is already in an organization`, {
    details: { entity: 'organization member' },
  });
}

/** Organizations, their units, members, invitations and guardrail policies. */
export class OrganizationsRepository {
  constructor(private readonly ctx: StoreContext) {}

  private arn(kind: string, organizationId: string, managementAccountId: string, id?: string): string {
    const base = `arn:${this.ctx.partition}:organizations::${managementAccountId}:${kind}/${organizationId}`;
    return id === undefined ? base : `${base}/${id}`;
  }

  /**
   * Makes `accountId` the management account of a new organization with a root, and the default full-access
   * guardrail attached to it. `EntityAlreadyExists` when the account is in an organization already.
   */
  async create(accountId: string, options: WriteOptions = {}): Promise<Organization> {
    return write(
      this.ctx,
      async (tx) => {
        await touchAccounts(tx, [accountId]);
        if (await this.membershipOf(tx, accountId)) throw alreadyInOrganization(accountId);
        const id = orgIds.organization();
        const rootId = orgIds.root();
        await tx.insert(organizations).values({ id, managementAccountId: accountId });
        await tx
          .insert(organizationalUnits)
          .values({ id: rootId, organizationId: id, parentId: null, name: 'Root' });
        await tx.insert(organizationAccounts).values({ accountId, organizationId: id, parentId: rootId });
        const policyId = orgIds.policy();
        await tx
          .insert(guardrailPolicies)
          .values({ id: policyId, organizationId: id, ...FULL_ACCESS_GUARDRAIL });
        await attach(tx, id, policyId, rootId);
        await attach(tx, id, policyId, accountId);
        return (await this.describeIn(tx, accountId)) as Organization;
      },
      { subject: accountId, accountId, ...options },
    );
  }

  /** The organization `accountId` belongs to, or `undefined`. */
  async describe(accountId: string): Promise<Organization | undefined> {
    return read(this.ctx, (db) => this.describeIn(db, accountId));
  }

  private async describeIn(db: Executor, accountId: string): Promise<Organization | undefined> {
    const [row] = await db
      .select({
        id: organizations.id,
        management: organizations.managementAccountId,
        createdAt: organizations.createdAt,
      })
      .from(organizationAccounts)
      .innerJoin(organizations, eq(organizations.id, organizationAccounts.organizationId))
      .where(eq(organizationAccounts.accountId, accountId));
    if (row === undefined) return undefined;
    const [root] = await db
      .select({ id: organizationalUnits.id })
      .from(organizationalUnits)
      .where(
        and(eq(organizationalUnits.organizationId, row.id), sql`${organizationalUnits.parentId} is null`),
      );
    return {
      id: row.id,
      arn: this.arn('organization', row.id, row.management),
      managementAccountId: row.management,
      rootId: root?.id ?? '',
      createdAt: row.createdAt,
    };
  }

  private async membershipOf(db: Executor, accountId: string): Promise<boolean> {
    const [row] = await db
      .select({ id: organizationAccounts.accountId })
      .from(organizationAccounts)
      .where(eq(organizationAccounts.accountId, accountId));
    return row !== undefined;
  }

  /**
   * Invites an open account that is in no organization, named by id or by its root e-mail
   * (`InviteAccountToOrganization`, `Target` of type `ACCOUNT` or `EMAIL`), for 15 days.
   * `NoSuchEntity` for an account that does not exist or is closed, `EntityAlreadyExists` for a member of any
   * organization or one with an open invitation from this one.
   */
  async invite(
    managementAccountId: string,
    target: string | { email: string },
    now: Date,
    options: WriteOptions = {},
  ): Promise<Handshake> {
    return write(
      this.ctx,
      async (tx) => {
        const org = await managedOrganization(tx, managementAccountId);
        const named =
          typeof target === 'string'
            ? eq(accounts.id, target)
            : sql`lower(${accounts.rootEmail}) = lower(${target.email})`;
        const [found] = await tx
          .select({ id: accounts.id })
          .from(accounts)
          .where(and(named, sql`${accounts.closedAt} is null`));
        const shown = typeof target === 'string' ? target : target.email;
        if (found === undefined) throw noSuchEntity('account', shown);
        const targetAccountId = found.id;
        if (await this.membershipOf(tx, targetAccountId)) throw alreadyInOrganization(targetAccountId);
        const [open] = await tx
          .select({ id: handshakes.id })
          .from(handshakes)
          .where(
            and(
              eq(handshakes.organizationId, org.id),
              eq(handshakes.targetAccountId, targetAccountId),
              eq(handshakes.state, 'OPEN'),
              sql`${handshakes.expiresAt} > ${now.toISOString()}::timestamptz`,
            ),
          );
        if (open !== undefined) {
          throw new StoreError(
            'EntityAlreadyExists',
            `account \`${targetAccountId}\` has an open invitation`,
            {
              details: { entity: 'handshake' },
            },
          );
        }
        const id = orgIds.handshake();
        const expiresAt = new Date(now.getTime() + HANDSHAKE_DAYS * 86_400_000);
        await tx
          .insert(handshakes)
          .values({ id, organizationId: org.id, targetAccountId, state: 'OPEN', expiresAt });
        return this.handshakeIn(tx, id, now) as Promise<Handshake>;
      },
      {
        subject: typeof target === 'string' ? target : target.email,
        accountId: managementAccountId,
        ...options,
      },
    );
  }

  /** The invitations sent to `accountId`, and for a management account those its organization sent. */
  async handshakesFor(accountId: string, now: Date): Promise<Handshake[]> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({ id: handshakes.id })
        .from(handshakes)
        .innerJoin(organizations, eq(organizations.id, handshakes.organizationId))
        .where(
          sql`${handshakes.targetAccountId} = ${accountId} or ${organizations.managementAccountId} = ${accountId}`,
        )
        .orderBy(asc(handshakes.createdAt), asc(handshakes.id));
      const out: Handshake[] = [];
      for (const row of rows) {
        const h = await this.handshakeIn(db, row.id, now);
        if (h) out.push(h);
      }
      return out;
    });
  }

  private async handshakeIn(db: Executor, id: string, now: Date): Promise<Handshake | undefined> {
    const [row] = await db
      .select({ h: handshakes, management: organizations.managementAccountId })
      .from(handshakes)
      .innerJoin(organizations, eq(organizations.id, handshakes.organizationId))
      .where(eq(handshakes.id, id));
    if (row === undefined) return undefined;
    const { h } = row;
    const expired = h.state === 'OPEN' && h.expiresAt.getTime() <= now.getTime();
    return {
      id: h.id,
      arn: this.arn('handshake', h.organizationId, row.management, `invite/${h.id}`),
      organizationId: h.organizationId,
      managementAccountId: row.management,
      targetAccountId: h.targetAccountId,
      state: (expired ? 'EXPIRED' : h.state) as Handshake['state'],
      createdAt: h.createdAt,
      expiresAt: h.expiresAt,
    };
  }

  /**
   * The invited account answers an open, unexpired invitation sent to it: accepting joins the organization under
   * its root with the default guardrail attached (AWS attaches `FullAWSAccess`); declining closes it. Another
   * account's invitation is `NoSuchEntity`, as one that does not exist.
   */
  async respond(
    accountId: string,
    handshakeId: string,
    accept: boolean,
    now: Date,
    options: WriteOptions = {},
  ): Promise<Handshake> {
    return write(
      this.ctx,
      async (tx) => {
        await touchAccounts(tx, [accountId]);
        const [h] = await tx
          .select()
          .from(handshakes)
          .where(and(eq(handshakes.id, handshakeId), eq(handshakes.targetAccountId, accountId)))
          .for('update');
        if (h === undefined || h.state !== 'OPEN' || h.expiresAt.getTime() <= now.getTime()) {
          throw noSuchEntity('open handshake', handshakeId);
        }
        if (accept) {
          if (await this.membershipOf(tx, accountId)) throw alreadyInOrganization(accountId);
          const rootId = await rootOf(tx, h.organizationId);
          await tx
            .insert(organizationAccounts)
            .values({ accountId, organizationId: h.organizationId, parentId: rootId });
          await attachFullAccess(tx, h.organizationId, accountId);
        }
        await tx
          .update(handshakes)
          .set({ state: accept ? 'ACCEPTED' : 'DECLINED' })
          .where(eq(handshakes.id, handshakeId));
        return this.handshakeIn(tx, handshakeId, now) as Promise<Handshake>;
      },
      { subject: handshakeId, accountId, ...options },
    );
  }

  /** The members of the organization `managementAccountId` manages (`ListAccounts`). */
  async listMembers(managementAccountId: string): Promise<OrganizationMember[]> {
    return read(this.ctx, async (db) => {
      const org = { id: await this.managedBy(db, managementAccountId) };
      const rows = await db
        .select({ m: organizationAccounts, email: accounts.rootEmail, alias: accounts.alias })
        .from(organizationAccounts)
        .innerJoin(accounts, eq(accounts.id, organizationAccounts.accountId))
        .where(eq(organizationAccounts.organizationId, org.id))
        .orderBy(asc(organizationAccounts.accountId));
      return rows.map((r) => ({
        id: r.m.accountId,
        arn: this.arn('account', org.id, managementAccountId, r.m.accountId),
        email: r.email,
        alias: r.alias,
        parentId: r.m.parentId,
        joinedAt: r.m.joinedAt,
      }));
    });
  }

  /** A new organizational unit under `parentId` (the root or a unit), with the default guardrail attached. */
  async createUnit(
    managementAccountId: string,
    parentId: string,
    name: string,
    options: WriteOptions = {},
  ): Promise<OrganizationalUnit> {
    const trimmed = name.trim();
    if (trimmed.length < 1 || trimmed.length > 128) {
      throw new StoreError('InvalidInput', 'a unit name is 1-128 characters', { details: { field: 'name' } });
    }
    return write(
      this.ctx,
      async (tx) => {
        const org = await managedOrganization(tx, managementAccountId);
        if ((await requireTarget(tx, org.id, parentId)) !== 'node') throw noSuchEntity('parent', parentId);
        const id = orgIds.unit(org.rootId);
        await tx.insert(organizationalUnits).values({ id, organizationId: org.id, parentId, name: trimmed });
        await attachFullAccess(tx, org.id, id);
        return { id, arn: this.arn('ou', org.id, managementAccountId, id), name: trimmed, parentId };
      },
      { subject: trimmed, accountId: managementAccountId, ...options },
    );
  }

  /** The organization `accountId` manages; `NoSuchEntity` when it manages none. */
  private async managedBy(db: Executor, accountId: string): Promise<string> {
    const [org] = await db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.managementAccountId, accountId));
    if (org === undefined) throw noSuchEntity('organization', accountId);
    return org.id;
  }

  /** The root and every unit of the organization `managementAccountId` manages. */
  async listUnits(managementAccountId: string): Promise<OrganizationalUnit[]> {
    return read(this.ctx, async (db) => {
      await this.managedBy(db, managementAccountId);
      const rows = await db
        .select({ u: organizationalUnits })
        .from(organizationalUnits)
        .innerJoin(organizations, eq(organizations.id, organizationalUnits.organizationId))
        .where(eq(organizations.managementAccountId, managementAccountId))
        .orderBy(asc(organizationalUnits.createdAt), asc(organizationalUnits.id));
      return rows.map(({ u }) => ({
        id: u.id,
        arn:
          u.parentId === null
            ? this.arn('root', u.organizationId, managementAccountId, u.id)
            : this.arn('ou', u.organizationId, managementAccountId, u.id),
        name: u.name,
        parentId: u.parentId,
      }));
    });
  }

  /** Moves a member account from `sourceParentId` to `destinationParentId` (`MoveAccount`). */
  async moveAccount(
    managementAccountId: string,
    accountId: string,
    sourceParentId: string,
    destinationParentId: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const org = await managedOrganization(tx, managementAccountId);
        if ((await requireTarget(tx, org.id, destinationParentId)) !== 'node') {
          throw noSuchEntity('parent', destinationParentId);
        }
        await touchAccounts(tx, [accountId]);
        const moved = await tx
          .update(organizationAccounts)
          .set({ parentId: destinationParentId })
          .where(
            and(
              eq(organizationAccounts.accountId, accountId),
              eq(organizationAccounts.organizationId, org.id),
              eq(organizationAccounts.parentId, sourceParentId),
            ),
          )
          .returning({ id: organizationAccounts.accountId });
        if (moved.length === 0) throw noSuchEntity('account in that parent', accountId);
      },
      { subject: accountId, accountId: managementAccountId, ...options },
    );
  }

  /**
   * A member account leaves (`LeaveOrganization`): its guardrails stop applying at once. The management account
   * cannot leave its own organization (`DeleteConflict`); an account in none is `NoSuchEntity`.
   */
  async leave(accountId: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await touchAccounts(tx, [accountId]);
        const [member] = await tx
          .select({ org: organizationAccounts.organizationId, management: organizations.managementAccountId })
          .from(organizationAccounts)
          .innerJoin(organizations, eq(organizations.id, organizationAccounts.organizationId))
          .where(eq(organizationAccounts.accountId, accountId));
        if (member === undefined) throw noSuchEntity('organization', accountId);
        if (member.management === accountId) {
          throw new StoreError('DeleteConflict', 'the management account cannot leave its organization', {
            details: { entity: 'organization', dependents: ['management account'] },
          });
        }
        await tx.delete(guardrailAttachments).where(eq(guardrailAttachments.targetId, accountId));
        await tx.delete(organizationAccounts).where(eq(organizationAccounts.accountId, accountId));
      },
      { subject: accountId, accountId, ...options },
    );
  }

  /** A new guardrail policy of the organization (`CreatePolicy` of type `SERVICE_CONTROL_POLICY`), attached nowhere. */
  async createPolicy(
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
          arn: this.arn('policy', org.id, managementAccountId, `service_control_policy/${id}`),
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
  async listPolicies(managementAccountId: string): Promise<GuardrailPolicy[]> {
    return read(this.ctx, async (db) => {
      await this.managedBy(db, managementAccountId);
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
        arn: this.arn('policy', p.organizationId, managementAccountId, `service_control_policy/${p.id}`),
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
