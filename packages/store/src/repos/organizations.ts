import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/types.js';
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
import { attachFullAccess, FULL_ACCESS_GUARDRAIL } from './guardrail-policies.js';
import {
  attach,
  managedOrganization,
  managedOrganizationId,
  organizationArn,
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

/** How long an invitation to join stays open (AWS: 15 days). */
const HANDSHAKE_DAYS = 15;

function alreadyInOrganization(accountId: string): StoreError {
  return new StoreError('EntityAlreadyExists', `account \`${accountId}\` is already in an organization`, {
    details: { entity: 'organization member' },
  });
}

/** Organizations, their units, members and invitations (their guardrail policies: `guardrail-policies.ts`). */
export class OrganizationsRepository {
  constructor(private readonly ctx: StoreContext) {}

  private arn(kind: string, organizationId: string, managementAccountId: string, id?: string): string {
    return organizationArn(this.ctx.partition, kind, organizationId, managementAccountId, id);
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
      const org = { id: await managedOrganizationId(db, managementAccountId) };
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

  /** The root and every unit of the organization `managementAccountId` manages. */
  async listUnits(managementAccountId: string): Promise<OrganizationalUnit[]> {
    return read(this.ctx, async (db) => {
      await managedOrganizationId(db, managementAccountId);
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
}
