import { eq } from 'drizzle-orm';
import { roles } from '../schema/roles.js';
import { users } from '../schema/users.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, type StoreContext, write } from './context.js';
import { lockPrincipal } from './locks.js';
import { policyIdByArn } from './policy-lookup.js';

/** A user or role by name: what can have a permissions boundary. */
export interface BoundaryTarget {
  kind: 'user' | 'role';
  name: string;
}

/**
 * Permissions boundaries (`PutUserPermissionsBoundary`, `DeleteRolePermissionsBoundary`...): a managed policy of
 * the same account that caps what the user's or role's identity policies can grant
 * (`IAM/latest/UserGuide/access_policies_boundaries.html`). The current boundary is on `User`/`Role`.
 */
export class BoundariesRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Sets (or replaces) the boundary. `NoSuchEntity` for an unknown principal or policy. */
  async put(
    accountId: string,
    target: BoundaryTarget,
    policyArn: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await this.set(accountId, target, policyArn, options);
  }

  /** Removes the boundary; removing an absent one is a no-op, as in AWS. */
  async delete(accountId: string, target: BoundaryTarget, options: WriteOptions = {}): Promise<void> {
    await this.set(accountId, target, null, options);
  }

  /** Points the principal's boundary at `policyArn`'s policy, or at none when `null`. */
  private async set(
    accountId: string,
    target: BoundaryTarget,
    policyArn: string | null,
    options: WriteOptions,
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const boundaryPolicyId =
          policyArn === null ? null : await policyIdByArn(tx, this.ctx.partition, accountId, policyArn);
        const id = await lockPrincipal(tx, target.kind, accountId, target.name);
        if (target.kind === 'user') {
          await tx.update(users).set({ boundaryPolicyId }).where(eq(users.id, id));
        } else {
          await tx.update(roles).set({ boundaryPolicyId }).where(eq(roles.id, id));
        }
      },
      { subject: target.name, accountId, ...options },
    );
  }
}
