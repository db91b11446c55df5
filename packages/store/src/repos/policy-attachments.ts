import { and, eq, type SQL, sql } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import { noSuchEntity } from '../errors.js';
import { checkPathPrefix } from '../names.js';
import { type Connection, type PageArgs, pageSize, toConnection } from '../pagination.js';
import { policyAttachments } from '../schema/attachments.js';
import { groups } from '../schema/groups.js';
import { policies } from '../schema/policies.js';
import { roles } from '../schema/roles.js';
import { users } from '../schema/users.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { lockPrincipal } from './locks.js';
import { nameCursor, nameKeyset } from './named.js';
import { policyIdByArn } from './policy-lookup.js';
import { ownerIds, type PrincipalKind, principalId } from './principals.js';
import { countRows, requireBelowQuota } from './row-count.js';

/** A user, group or role by name: the target of attachments, inline policies and (users, roles) boundaries. */
export interface PrincipalRefByName {
  kind: PrincipalKind;
  name: string;
}

/** A managed policy as listed on a principal (`API_AttachedPolicy.html`). */
export interface AttachedPolicy {
  policyName: string;
  policyArn: string;
}

/** The principals a policy is attached to (`ListEntitiesForPolicy`). */
export interface PolicyEntities {
  users: { name: string; id: string }[];
  groups: { name: string; id: string }[];
  roles: { name: string; id: string }[];
}

const QUOTA = {
  user: 'attachedPoliciesPerUser',
  group: 'attachedPoliciesPerGroup',
  role: 'attachedPoliciesPerRole',
} as const;

function column(kind: PrincipalKind) {
  return kind === 'user'
    ? policyAttachments.userId
    : kind === 'group'
      ? policyAttachments.groupId
      : policyAttachments.roleId;
}

/** Attachments of managed policies to users, groups and roles (at most 10 per principal by default). */
export class PolicyAttachments {
  constructor(private readonly ctx: StoreContext) {}

  /**
   * Attaches `policyArn` to the principal; attaching it again is a no-op, as in AWS. The per-principal count is
   * taken under the account and principal row locks, so concurrent attaches cannot exceed the quota.
   */
  async attach(
    accountId: string,
    target: PrincipalRefByName,
    policyArn: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const ownerId = await lockPrincipal(tx, target.kind, accountId, target.name);
        const policyId = await policyIdByArn(tx, this.ctx.partition, accountId, policyArn);
        const col = column(target.kind);
        const attached = and(eq(col, ownerId), eq(policyAttachments.policyId, policyId));
        if ((await countRows(tx, policyAttachments, attached)) > 0) return;
        await requireBelowQuota(tx, policyAttachments, eq(col, ownerId), {
          name: QUOTA[target.kind],
          limit: quotas[QUOTA[target.kind]],
          what: `${target.kind} \`${target.name}\` has too many attached policies`,
        });
        await tx.insert(policyAttachments).values({ policyId, ...ownerIds(target.kind, ownerId) });
      },
      { subject: policyArn, accountId, ...options },
    );
  }

  /** Detaches a policy; `NoSuchEntity` when it is not attached to the principal. */
  async detach(
    accountId: string,
    target: PrincipalRefByName,
    policyArn: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const ownerId = await lockPrincipal(tx, target.kind, accountId, target.name);
        const policyId = await policyIdByArn(tx, this.ctx.partition, accountId, policyArn);
        const removed = await tx
          .delete(policyAttachments)
          .where(and(eq(column(target.kind), ownerId), eq(policyAttachments.policyId, policyId)))
          .returning({ id: policyAttachments.id });
        if (removed.length === 0) throw noSuchEntity(`attachment to ${target.kind} of policy`, policyArn);
      },
      { subject: policyArn, accountId, ...options },
    );
  }

  /** The policies attached to a principal, ordered by name (`ListAttachedUserPolicies`...). */
  async listAttached(
    accountId: string,
    target: PrincipalRefByName,
    page: PageArgs & { pathPrefix?: string } = {},
  ): Promise<Connection<AttachedPolicy>> {
    return read(
      this.ctx,
      async (db) => {
        const ownerId = await principalId(db, target.kind, accountId, target.name);
        pageSize(page.first); // checked first, so a bad size is reported before a bad path prefix
        const conditions: (SQL | undefined)[] = [eq(column(target.kind), ownerId)];
        if (page.pathPrefix)
          conditions.push(sql`starts_with(${policies.path}, ${checkPathPrefix(page.pathPrefix)})`);
        const k = nameKeyset(policies, page);
        conditions.push(k.after);
        const rows = await db
          .select({
            id: policies.id,
            name: policies.name,
            path: policies.path,
            accountId: policies.accountId,
          })
          .from(policyAttachments)
          .innerJoin(policies, eq(policies.id, policyAttachments.policyId))
          .where(and(...conditions))
          .orderBy(...k.orderBy)
          .limit(k.limit);
        return toConnection(rows, k.size, nameCursor, (r) => ({
          policyName: r.name,
          policyArn: iamArn(this.ctx.partition, r.accountId, 'policy', r.path, r.name),
        }));
      },
      target.name,
    );
  }

  /** Every user, group and role the policy is attached to (`ListEntitiesForPolicy`), each list sorted by name. */
  async listEntities(accountId: string, policyArn: string): Promise<PolicyEntities> {
    return read(
      this.ctx,
      async (db) => {
        const policyId = await policyIdByArn(db, this.ctx.partition, accountId, policyArn);
        const rows = await db
          .select({
            userName: users.name,
            userId: users.id,
            groupName: groups.name,
            groupId: groups.id,
            roleName: roles.name,
            roleId: roles.id,
          })
          .from(policyAttachments)
          .leftJoin(users, eq(users.id, policyAttachments.userId))
          .leftJoin(groups, eq(groups.id, policyAttachments.groupId))
          .leftJoin(roles, eq(roles.id, policyAttachments.roleId))
          .where(eq(policyAttachments.policyId, policyId));
        const out: PolicyEntities = { users: [], groups: [], roles: [] };
        for (const r of rows) {
          if (r.userId && r.userName) out.users.push({ id: r.userId, name: r.userName });
          if (r.groupId && r.groupName) out.groups.push({ id: r.groupId, name: r.groupName });
          if (r.roleId && r.roleName) out.roles.push({ id: r.roleId, name: r.roleName });
        }
        const byLowerName = (a: { name: string }, b: { name: string }) =>
          a.name.toLowerCase().localeCompare(b.name.toLowerCase());
        out.users.sort(byLowerName);
        out.groups.sort(byLowerName);
        out.roles.sort(byLowerName);
        return out;
      },
      policyArn,
    );
  }
}
