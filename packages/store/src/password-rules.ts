/**
 * Password policies (`IAM/latest/APIReference/API_PasswordPolicy.html`,
 * `IAM/latest/UserGuide/id_credentials_passwords_account-policy.html`) and the check of a password against one.
 */

/** An account password policy, with AWS's field names camelCased. */
export interface PasswordPolicy {
  /** 6..128 (8 in the default policy). */
  minimumPasswordLength: number;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercaseCharacters: boolean;
  requireLowercaseCharacters: boolean;
  allowUsersToChangePassword: boolean;
  /** Days until a password expires (1..1095), or null for never. */
  maxPasswordAge: number | null;
  /** How many previous passwords cannot be reused (1..24), or null. */
  passwordReusePrevention: number | null;
  /** When a password expired, only an administrator can reset it. */
  hardExpiry: boolean;
}

/**
 * The rules when an account has no custom policy: at least 8 characters and three of the four character types,
 * and not the account's e-mail address (`id_credentials_passwords_account-policy.html#default-policy-details`).
 */
export const DEFAULT_PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  minimumPasswordLength: 8,
  requireSymbols: false,
  requireNumbers: false,
  requireUppercaseCharacters: false,
  requireLowercaseCharacters: false,
  allowUsersToChangePassword: true,
  maxPasswordAge: null,
  passwordReusePrevention: null,
  hardExpiry: false,
});

/** The symbols IAM counts as such. */
const SYMBOLS = "!@#$%^&*()_+-=[]{}|'";

/** Identifiers of broken rules, reported in `PasswordPolicyViolation`'s details. */
export type PasswordRule =
  | 'minimumLength'
  | 'maximumLength'
  | 'symbols'
  | 'numbers'
  | 'uppercase'
  | 'lowercase'
  | 'threeCharacterTypes'
  | 'sameAsAccountIdentity'
  | 'reused';

/**
 * The rules `password` breaks (empty when it is acceptable). `isDefault` applies the default policy's extra
 * rules; `identities` are strings the password must not equal (account e-mail, user name).
 */
export function passwordViolations(
  policy: PasswordPolicy,
  password: string,
  options: { isDefault: boolean; identities?: string[] },
): PasswordRule[] {
  const out: PasswordRule[] = [];
  const chars = [...password];
  if (chars.length < policy.minimumPasswordLength) out.push('minimumLength');
  if (chars.length > 128) out.push('maximumLength');
  const has = {
    symbols: chars.some((c) => SYMBOLS.includes(c)),
    numbers: chars.some((c) => c >= '0' && c <= '9'),
    uppercase: chars.some((c) => c >= 'A' && c <= 'Z'),
    lowercase: chars.some((c) => c >= 'a' && c <= 'z'),
  };
  if (policy.requireSymbols && !has.symbols) out.push('symbols');
  if (policy.requireNumbers && !has.numbers) out.push('numbers');
  if (policy.requireUppercaseCharacters && !has.uppercase) out.push('uppercase');
  if (policy.requireLowercaseCharacters && !has.lowercase) out.push('lowercase');
  if (options.isDefault) {
    if (Object.values(has).filter(Boolean).length < 3) out.push('threeCharacterTypes');
    const lower = password.toLowerCase();
    if ((options.identities ?? []).some((id) => id.toLowerCase() === lower))
      out.push('sameAsAccountIdentity');
  }
  return out;
}
