import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../db/types.js';
import { invalidInput, noSuchEntity, StoreError } from '../errors.js';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy, passwordViolations } from '../password-rules.js';
import { passwordHistory } from '../schema/login-profiles.js';
import { passwordPolicies } from '../schema/password-policies.js';
import type { WriteOptions } from './audit-write.js';
import { read, type StoreContext, write } from './context.js';

/** The policy that applies to an account, and whether it is the default one. */
export interface EffectivePasswordPolicy {
  policy: PasswordPolicy;
  isDefault: boolean;
}

function checkRange(field: string, value: number | null | undefined, min: number, max: number): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidInput(`\`${field}\` must be an integer from ${min} to ${max}`, { field });
  }
}

/** Reads the account's policy row (or the default). */
export async function effectivePasswordPolicy(
  db: Executor,
  accountId: string,
): Promise<EffectivePasswordPolicy> {
  const [row] = await db.select().from(passwordPolicies).where(eq(passwordPolicies.accountId, accountId));
  if (!row) return { policy: { ...DEFAULT_PASSWORD_POLICY }, isDefault: true };
  const { accountId: _a, updatedAt: _u, ...policy } = row;
  return { policy, isDefault: false };
}

/**
 * Refuses a new password that breaks the account's policy (`PasswordPolicyViolation`, with the broken rules in
 * `details.violations`). Returns the hashes of the user's last `passwordReusePrevention` passwords, which the new
 * one must not match: the caller compares them through the password hasher (a turn of the hash queue each), with
 * no database statement waiting on it.
 */
export async function enforcePasswordPolicy(
  db: Executor,
  accountId: string,
  password: string,
  subject: { userId?: string; identities: string[] },
): Promise<string[]> {
  const effective = await effectivePasswordPolicy(db, accountId);
  const violations = passwordViolations(effective.policy, password, {
    isDefault: effective.isDefault,
    identities: subject.identities,
  });
  if (violations.length > 0) throw passwordPolicyViolation(violations);
  const reuse = effective.policy.passwordReusePrevention;
  if (!reuse || !subject.userId) return [];
  const previous = await db
    .select({ hash: passwordHistory.passwordHash })
    .from(passwordHistory)
    .where(eq(passwordHistory.userId, subject.userId))
    .orderBy(desc(passwordHistory.id))
    .limit(reuse);
  return previous.map((p) => p.hash);
}

/** `PasswordPolicyViolation` naming the broken rules (`reused` for a password in the history). */
export function passwordPolicyViolation(violations: string[]): StoreError {
  return new StoreError('PasswordPolicyViolation', 'the password does not meet the account password policy', {
    details: { violations },
  });
}

/**
 * Refuses a root password that breaks the default policy: root users are not subject to the account's custom
 * policy (`id_credentials_passwords_account-policy.html`), only to AWS's default rules.
 */
export function enforceDefaultPasswordPolicy(password: string, identities: string[]): void {
  const violations = passwordViolations(DEFAULT_PASSWORD_POLICY, password, { isDefault: true, identities });
  if (violations.length > 0) {
    throw new StoreError(
      'PasswordPolicyViolation',
      'the password does not meet the default password policy',
      {
        details: { violations },
      },
    );
  }
}

/** The account password policy (`GetAccountPasswordPolicy`, `UpdateAccountPasswordPolicy`...). */
export class PasswordPolicyRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** The custom policy; `NoSuchEntity` when the account uses the default, as AWS answers. */
  async get(accountId: string): Promise<PasswordPolicy> {
    const effective = await this.effective(accountId);
    if (effective.isDefault) throw noSuchEntity('password policy of account', accountId);
    return effective.policy;
  }

  /** The policy in force: the custom one or the default. */
  async effective(accountId: string): Promise<EffectivePasswordPolicy> {
    return read(this.ctx, (db) => effectivePasswordPolicy(db, accountId));
  }

  /**
   * Sets the custom policy. As AWS (`API_UpdateAccountPasswordPolicy.html`), a field left out takes its default
   * (length 6, requirements off, no expiry, no reuse prevention, users may not change their password).
   */
  async update(
    accountId: string,
    input: Partial<PasswordPolicy>,
    options: WriteOptions = {},
  ): Promise<PasswordPolicy> {
    checkRange('minimumPasswordLength', input.minimumPasswordLength, 6, 128);
    checkRange('maxPasswordAge', input.maxPasswordAge, 1, 1095);
    checkRange('passwordReusePrevention', input.passwordReusePrevention, 1, 24);
    const policy: PasswordPolicy = {
      minimumPasswordLength: input.minimumPasswordLength ?? 6,
      requireSymbols: input.requireSymbols ?? false,
      requireNumbers: input.requireNumbers ?? false,
      requireUppercaseCharacters: input.requireUppercaseCharacters ?? false,
      requireLowercaseCharacters: input.requireLowercaseCharacters ?? false,
      allowUsersToChangePassword: input.allowUsersToChangePassword ?? false,
      maxPasswordAge: input.maxPasswordAge ?? null,
      passwordReusePrevention: input.passwordReusePrevention ?? null,
      hardExpiry: input.hardExpiry ?? false,
    };
    return write(
      this.ctx,
      async (tx) => {
        await tx
          .insert(passwordPolicies)
          .values({ accountId, ...policy })
          .onConflictDoUpdate({
            target: passwordPolicies.accountId,
            set: { ...policy, updatedAt: new Date() },
          });
        return policy;
      },
      { subject: accountId, accountId, ...options },
    );
  }

  /** Removes the custom policy (back to the default); `NoSuchEntity` when there is none. */
  async delete(accountId: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const removed = await tx
          .delete(passwordPolicies)
          .where(eq(passwordPolicies.accountId, accountId))
          .returning({ accountId: passwordPolicies.accountId });
        if (removed.length === 0) throw noSuchEntity('password policy of account', accountId);
      },
      { subject: accountId, accountId, ...options },
    );
  }
}
