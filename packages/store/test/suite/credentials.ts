import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount } from './helpers.js';

export function credentialsSuite(store: GetStore) {
  describe('access keys', () => {
    // IAM/latest/UserGuide/id_credentials_access-keys.html: two keys per user, Active/Inactive
    it('creates at most two keys per user and returns the secret only once', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'k' });
      const first = await store().accessKeys.create(acct, 'k');
      expect(first.accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
      expect(first.secretAccessKey).toHaveLength(40);
      expect(first.status).toBe('Active');
      await store().accessKeys.create(acct, 'k');
      const error = await expectCode(store().accessKeys.create(acct, 'k'), 'LimitExceeded');
      expect(error.details).toMatchObject({ quota: 'accessKeysPerUser', limit: 2 });
      const listed = await store().accessKeys.list(acct, 'k');
      expect(listed).toHaveLength(2);
      expect(listed[0]).not.toHaveProperty('secretAccessKey');
      await expectCode(store().accessKeys.create(acct, 'ghost'), 'NoSuchEntity');
    });

    it('verifies only an Active key with the right secret, and records its last use', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'k' });
      const key = await store().accessKeys.create(acct, 'k');
      expect((await store().accessKeys.verify(key.accessKeyId, key.secretAccessKey))?.userName).toBe('k');
      expect(await store().accessKeys.verify(key.accessKeyId, 'x'.repeat(40))).toBeNull();
      expect(await store().accessKeys.verify('AKIANOTAKEY000000000', key.secretAccessKey)).toBeNull();
      await store().accessKeys.updateStatus(acct, 'k', key.accessKeyId, 'Inactive');
      expect(await store().accessKeys.verify(key.accessKeyId, key.secretAccessKey)).toBeNull();
      await store().accessKeys.updateStatus(acct, 'k', key.accessKeyId, 'Active');
      const at = new Date('2030-01-02T03:04:05.000Z');
      await store().accessKeys.recordUse(key.accessKeyId, 'iam:GetUser', at);
      expect(await store().accessKeys.get(acct, key.accessKeyId)).toMatchObject({
        lastUsedAt: at,
        lastUsedAction: 'iam:GetUser',
      });
      await expectCode(
        store().accessKeys.updateStatus(acct, 'k', key.accessKeyId, 'Paused' as never),
        'InvalidInput',
      );
      await expectCode(
        store().accessKeys.updateStatus(acct, 'k', 'AKIANOTAKEY000000000', 'Active'),
        'NoSuchEntity',
      );
      await store().accessKeys.delete(acct, 'k', key.accessKeyId);
      expect(await store().accessKeys.verify(key.accessKeyId, key.secretAccessKey)).toBeNull();
      await expectCode(store().accessKeys.get(acct, key.accessKeyId), 'NoSuchEntity');
    });
  });

  describe('login profiles and the password policy', () => {
    it('creates a login profile once and signs the user in by account id or alias', async () => {
      const alias = `pw-${Date.now().toString(36)}`;
      const { id: acct } = await newAccount(store(), alias);
      await store().users.create(acct, { name: 'Pat' });
      const profile = await store().loginProfiles.create(acct, 'pat', {
        password: 'Good-Passw0rd',
        passwordResetRequired: true,
      });
      expect(profile).toMatchObject({ userName: 'Pat', passwordResetRequired: true });
      await expectCode(
        store().loginProfiles.create(acct, 'pat', { password: 'Good-Passw0rd' }),
        'EntityAlreadyExists',
      );
      const byId = await store().loginProfiles.verify(acct, 'pat', 'Good-Passw0rd');
      expect(byId).toMatchObject({ passwordResetRequired: true, passwordExpired: false, hardExpired: false });
      expect(byId?.user.passwordLastUsed).toBeInstanceOf(Date);
      expect((await store().loginProfiles.verify(alias, 'PAT', 'Good-Passw0rd'))?.user.name).toBe('Pat');
      expect(await store().loginProfiles.verify(acct, 'pat', 'Wrong-Passw0rd')).toBeNull();
      expect(await store().loginProfiles.verify(acct, 'nobody', 'Good-Passw0rd')).toBeNull();
      expect(await store().loginProfiles.verify('no-such-alias', 'pat', 'Good-Passw0rd')).toBeNull();
    });

    it('lets the user change the password only with the current one, clearing the reset flag', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'c' });
      await store().loginProfiles.create(acct, 'c', {
        password: 'First-Passw0rd',
        passwordResetRequired: true,
      });
      await expectCode(
        store().loginProfiles.changePassword(acct, 'c', 'nope', 'Second-Passw0rd'),
        'InvalidCredentials',
      );
      await store().loginProfiles.changePassword(acct, 'c', 'First-Passw0rd', 'Second-Passw0rd');
      expect(await store().loginProfiles.verify(acct, 'c', 'Second-Passw0rd')).toMatchObject({
        passwordResetRequired: false,
      });
      const reset = await store().loginProfiles.update(acct, 'c', {
        password: 'Third-Passw0rd',
        passwordResetRequired: true,
      });
      expect(reset.passwordResetRequired).toBe(true);
      await store().loginProfiles.delete(acct, 'c');
      expect(await store().loginProfiles.verify(acct, 'c', 'Third-Passw0rd')).toBeNull();
      await expectCode(store().loginProfiles.get(acct, 'c'), 'NoSuchEntity');
      await expectCode(store().loginProfiles.delete(acct, 'c'), 'NoSuchEntity');
    });

    // IAM/latest/APIReference/API_GetAccountPasswordPolicy.html: NoSuchEntity when none is set
    // IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html: omitted fields take their defaults
    it('stores a custom password policy and enforces it on every password set', async () => {
      const { id: acct } = await newAccount(store());
      await expectCode(store().passwordPolicy.get(acct), 'NoSuchEntity');
      expect((await store().passwordPolicy.effective(acct)).isDefault).toBe(true);
      const policy = await store().passwordPolicy.update(acct, {
        minimumPasswordLength: 12,
        requireSymbols: true,
        requireNumbers: true,
        passwordReusePrevention: 2,
        maxPasswordAge: 30,
      });
      expect(policy).toMatchObject({
        requireUppercaseCharacters: false,
        allowUsersToChangePassword: false,
        hardExpiry: false,
      });
      expect(await store().passwordPolicy.get(acct)).toEqual(policy);
      await store().users.create(acct, { name: 'p' });
      const error = await expectCode(
        store().loginProfiles.create(acct, 'p', { password: 'short1' }),
        'PasswordPolicyViolation',
      );
      expect(error.details.violations).toEqual(['minimumLength', 'symbols']);
      await store().loginProfiles.create(acct, 'p', { password: 'long-enough-1' });
      await store().loginProfiles.update(acct, 'p', { password: 'long-enough-2' });
      // The last two passwords cannot be reused.
      const reuse = await expectCode(
        store().loginProfiles.update(acct, 'p', { password: 'long-enough-1' }),
        'PasswordPolicyViolation',
      );
      expect(reuse.details.violations).toEqual(['reused']);
      for (const bad of [
        { minimumPasswordLength: 5 },
        { maxPasswordAge: 1096 },
        { passwordReusePrevention: 25 },
      ]) {
        await expectCode(store().passwordPolicy.update(acct, bad), 'InvalidInput');
      }
      await store().passwordPolicy.delete(acct);
      await expectCode(store().passwordPolicy.delete(acct), 'NoSuchEntity');
    });

    // IAM/latest/UserGuide/id_credentials_passwords_account-policy.html: MaxPasswordAge and HardExpiry
    it('reports expired passwords, hard expiry included', async () => {
      const { id: acct } = await newAccount(store());
      await store().passwordPolicy.update(acct, { maxPasswordAge: 1, hardExpiry: true });
      await store().users.create(acct, { name: 'e' });
      await store().loginProfiles.create(acct, 'e', { password: 'Expiring-Passw0rd' });
      const later = new Date(Date.now() + 2 * 86_400_000);
      expect(await store().loginProfiles.verify(acct, 'e', 'Expiring-Passw0rd', later)).toMatchObject({
        passwordExpired: true,
        passwordResetRequired: true,
        hardExpired: true,
      });
    });
  });
}
