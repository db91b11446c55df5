import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PASSWORD_POLICY,
  type PasswordPolicy,
  passwordViolations,
} from '../../src/password-rules.js';

// IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
describe('password rules', () => {
  it('applies the default policy: 8 characters, three of four character types, not the e-mail', () => {
    const check = (pw: string) =>
      passwordViolations(DEFAULT_PASSWORD_POLICY, pw, { isDefault: true, identities: ['Root@Example.com'] });
    expect(check('Abcdef1!')).toEqual([]);
    expect(check('abcdefg1')).toEqual(['threeCharacterTypes']);
    expect(check('Ab1!')).toEqual(['minimumLength']);
    expect(check('root@example.COM')).toEqual(['sameAsAccountIdentity']);
    expect(check(`Aa1!${'x'.repeat(125)}`)).toEqual(['maximumLength']);
  });

  it('applies each requirement of a custom policy, and not the default-only rules', () => {
    const policy: PasswordPolicy = {
      ...DEFAULT_PASSWORD_POLICY,
      minimumPasswordLength: 10,
      requireSymbols: true,
      requireNumbers: true,
      requireUppercaseCharacters: true,
      requireLowercaseCharacters: true,
    };
    expect(passwordViolations(policy, 'aaaaaaaaaa', { isDefault: false })).toEqual([
      'symbols',
      'numbers',
      'uppercase',
    ]);
    expect(passwordViolations(policy, 'AAAAAAAAA1|', { isDefault: false })).toEqual(['lowercase']);
    // IAM counts only its listed symbols: `~` is not one of them.
    expect(passwordViolations(policy, 'Aaaaaaaaa1~', { isDefault: false })).toEqual(['symbols']);
    expect(
      passwordViolations({ ...DEFAULT_PASSWORD_POLICY, minimumPasswordLength: 6 }, 'aaaaaa', {
        isDefault: false,
      }),
    ).toEqual([]);
  });
});
