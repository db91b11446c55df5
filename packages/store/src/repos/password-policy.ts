import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../db/types.js';
import { invalidInput, noSuchEntity, StoreError } from '../errors.js';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy, passwordViolations } from '../password-rules.js';
import { passwordHistory } from '../schema/login-profiles.js';
import { passwordPolicies } from '../schema/password-policies.js';
import { verifyPassword } from '../secrets/password-hash.js';
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
 * `details.violations`), including reuse of one of the user's last `passwordReusePrevention` passwords.
 */
export async function enforcePasswordPolicy(
  db: Executor,
  accountId: string,
  password: string,
  subject: { userId?: string; identities: string[] },
): Promise<EffectivePasswordPolicy> {
  const effective = await effectivePasswordPolicy(db, accountId);
  const violations = passwordViolations(effective.policy, password, {
    isDefault: effective.isDefault,
    identities: subject.identities,
  });
  const reuse = effective.policy.passwordReusePrevention;
  if (violations.length === 0 && reuse && subject.userId) {
    const previous = await db
      .select({ hash: passwordHistory.passwordHash })
      .from(passwordHistory)
      .where(eq(passwordHistory.userId, subject.userId))
      .orderBy(desc(passwordHistory.id))
      .limit(reuse);
    // Up to 24 scrypt verifications: run them side by side on libuv's thread pool rather than one after another.
    const matches = await Promise.all(previous.map((p) => verifyPassword(password, p.hash)));
    if (matches.some(Boolean)) violations.push('reused');
  }
  if (violations.length > 0) {
    throw new StoreError(
      'PasswordPolicyViolation',
      `the password does not meet the account password policy`,
      {
        details: { violations },
      },
    );
  }
  return effective;
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
