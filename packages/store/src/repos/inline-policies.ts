import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Transaction } from '../db/types.js';
import { checkDocument, type DocumentInput, documentSize } from '../documents.js';
import { limitExceeded, noSuchEntity } from '../errors.js';
import { checkName } from '../names.js';
import { type Connection, type PageArgs, toConnection } from '../pagination.js';
import { inlinePolicies } from '../schema/inline-policies.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { lockPrincipal } from './locks.js';
import { nameKeyset } from './named.js';
import type { PrincipalRefByName } from './policy-attachments.js';
import { ownerIds, type PrincipalKind, principalId } from './principals.js';

/** An inline policy (`GetUserPolicy`, `GetGroupPolicy`, `GetRolePolicy`). */
export interface InlinePolicy {
  ownerKind: PrincipalKind;
  ownerName: string;
  policyName: string;
  document: string;
}

const SIZE_QUOTA = {
  user: 'inlinePolicySizePerUser',
  group: 'inlinePolicySizePerGroup',
  role: 'inlinePolicySizePerRole',
} as const;

function ownerColumn(kind: PrincipalKind) {
  return kind === 'user'
    ? inlinePolicies.userId
    : kind === 'group'
      ? inlinePolicies.groupId
      : inlinePolicies.roleId;
}

/** The owner's inline policy `policyName` (case-insensitive, as the unique indexes). */
function ownedByName(kind: PrincipalKind, ownerId: string, policyName: string): SQL | undefined {
  return and(eq(ownerColumn(kind), ownerId), sql`lower(${inlinePolicies.name}) = lower(${policyName})`);
}

/**
 * Inline policies of users, groups and roles (`PutUserPolicy`...). The total size of one owner's inline policies
 * is capped (2,048 / 5,120 / 10,240 non-whitespace characters by default, `reference_iam-quotas.html`).
 */
export class InlinePoliciesRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Creates or replaces the owner's inline policy `policyName`. */
  async put(
    accountId: string,
    target: PrincipalRefByName,
    policyName: string,
    document: DocumentInput,
    options: WriteOptions = {},
  ): Promise<InlinePolicy> {
    const name = checkName('inlinePolicy', policyName);
    return write(
      this.ctx,
      async (tx: Transaction) => {
        const { quotas } = await lockAccount(tx, accountId);
        const limit = quotas[SIZE_QUOTA[target.kind]];
        const text = checkDocument(document, 'identity', limit, SIZE_QUOTA[target.kind]);
        const ownerId = await lockPrincipal(tx, target.kind, accountId, target.name);
        const col = ownerColumn(target.kind);
        const others = await tx
          .select({ document: inlinePolicies.document })
          .from(inlinePolicies)
          .where(and(eq(col, ownerId), sql`lower(${inlinePolicies.name}) <> lower(${name})`));
        const total = others.reduce((sum, o) => sum + documentSize(o.document), documentSize(text));
        if (total > limit) {
          throw limitExceeded(
            SIZE_QUOTA[target.kind],
            limit,
            `inline policies of ${target.kind} \`${target.name}\` total ${total} characters`,
          );
        }
        const updated = await tx
          .update(inlinePolicies)
          .set({ name, document: text, updatedAt: new Date() })
          .where(ownedByName(target.kind, ownerId, name))
          .returning({ id: inlinePolicies.id });
        if (updated.length === 0) {
          await tx.insert(inlinePolicies).values({ name, document: text, ...ownerIds(target.kind, ownerId) });
        }
        return { ownerKind: target.kind, ownerName: target.name, policyName: name, document: text };
      },
      { subject: name, accountId, ...options },
    );
  }

  /** One inline policy, or `NoSuchEntity`. */
  async get(accountId: string, target: PrincipalRefByName, policyName: string): Promise<InlinePolicy> {
    return read(
      this.ctx,
      async (db) => {
        const ownerId = await principalId(db, target.kind, accountId, target.name);
        const [row] = await db
          .select()
          .from(inlinePolicies)
          .where(ownedByName(target.kind, ownerId, policyName));
        if (!row) throw noSuchEntity('inline policy', policyName);
        return {
          ownerKind: target.kind,
          ownerName: target.name,
          policyName: row.name,
          document: row.document,
        };
      },
      policyName,
    );
  }

  /** The names of the owner's inline policies, ordered (`ListUserPolicies`...). */
  async list(
    accountId: string,
    target: PrincipalRefByName,
    page: PageArgs = {},
  ): Promise<Connection<string>> {
    return read(
      this.ctx,
      async (db) => {
        const ownerId = await principalId(db, target.kind, accountId, target.name);
        // Inline policy ids are serial numbers, so the cursor's id is compared as a number.
        const k = nameKeyset(inlinePolicies, page, Number);
        const rows = await db
          .select({ name: inlinePolicies.name, id: inlinePolicies.id })
          .from(inlinePolicies)
          .where(and(eq(ownerColumn(target.kind), ownerId), k.after))
          .orderBy(...k.orderBy)
          .limit(k.limit);
        return toConnection(
          rows,
          k.size,
          (r) => [r.name.toLowerCase(), r.id],
          (r) => r.name,
        );
      },
      target.name,
    );
  }

  /** Deletes an inline policy, or `NoSuchEntity`. */
  async delete(
    accountId: string,
    target: PrincipalRefByName,
    policyName: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const ownerId = await lockPrincipal(tx, target.kind, accountId, target.name);
        const removed = await tx
          .delete(inlinePolicies)
          .where(ownedByName(target.kind, ownerId, policyName))
          .returning({ id: inlinePolicies.id });
        if (removed.length === 0) throw noSuchEntity('inline policy', policyName);
      },
      { subject: policyName, accountId, ...options },
    );
  }
}
