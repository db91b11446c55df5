import { DEFAULT_QUOTAS } from '@iamgate/store';
import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount } from './helpers.js';

export function accountsSuite(store: GetStore) {
  describe('accounts', () => {
    it('creates an account with a 12-digit id, root ARN and revision 0', async () => {
      const account = await newAccount(store());
      expect(account.id).toMatch(/^[1-9]\d{11}$/);
      expect(account.rootArn).toBe(`arn:iamgate:iam::${account.id}:root`);
      expect(account.revision).toBe(0);
      expect(await store().accounts.get(account.id)).toEqual(account);
    });

    it('closes an account: its principals are not found any more, the revision moves, the row stays', async () => {
      const account = await newAccount(store());
      const user = await store().users.create(account.id, { name: 'alice' });
      const userRef = { kind: 'user', accountId: account.id, userId: user.id } as const;
      const rootRef = { kind: 'root', accountId: account.id } as const;
      await store().effectivePolicies(userRef);
      const closed = await store().accounts.close(account.id);
      expect(closed.closedAt).toBeInstanceOf(Date);
      expect(closed.revision).toBeGreaterThan(account.revision);
      await expectCode(store().effectivePolicies(userRef), 'NoSuchEntity');
      await expectCode(store().effectivePolicies(rootRef), 'NoSuchEntity');
      // Closed once: closing again finds no open account; the row (id, e-mail) stays taken.
      await expectCode(store().accounts.close(account.id), 'NoSuchEntity');
      expect((await store().accounts.get(account.id)).closedAt).toEqual(closed.closedAt);
      await expectCode(
        store().accounts.create({ rootEmail: account.rootEmail, rootPassword: 'Root-Passw0rd!' }),
        'EntityAlreadyExists',
      );
    });

    it('finds an account by id or alias, and by root e-mail ignoring case', async () => {
      const alias = `acme-${Date.now().toString(36)}`;
      const account = await newAccount(store(), alias);
      expect((await store().accounts.find(account.id))?.id).toBe(account.id);
      expect((await store().accounts.find(alias))?.id).toBe(account.id);
      expect((await store().accounts.findByRootEmail(account.rootEmail.toUpperCase()))?.id).toBe(account.id);
      expect(await store().accounts.find('000000000000')).toBeUndefined();
      await expectCode(store().accounts.get('000000000000'), 'NoSuchEntity');
    });

    it('refuses a second account with the same root e-mail or alias', async () => {
      const alias = `dup-${Date.now().toString(36)}`;
      const first = await newAccount(store(), alias);
      await expectCode(
        store().accounts.create({ rootEmail: first.rootEmail.toUpperCase(), rootPassword: 'Root-Passw0rd!' }),
        'EntityAlreadyExists',
      );
      await expectCode(
        store().accounts.create({ rootEmail: 'other@example.com', rootPassword: 'Root-Passw0rd!', alias }),
        'EntityAlreadyExists',
      );
    });

    // Alias rules: IAM/latest/APIReference/API_CreateAccountAlias.html
    it('validates aliases as AWS does', async () => {
      const account = await newAccount(store());
      for (const bad of ['ab', 'Upper', '-lead', 'trail-', 'dou--ble', '123456789012']) {
        await expectCode(store().accounts.setAlias(account.id, bad), 'InvalidInput');
      }
      const updated = await store().accounts.setAlias(account.id, `ok-${account.id}`);
      expect(updated.alias).toBe(`ok-${account.id}`);
      expect((await store().accounts.setAlias(account.id, null)).alias).toBeNull();
    });

    // Default password policy: IAM/latest/UserGuide/id_credentials_passwords_account-policy.html
    it('holds the root password to the default password policy', async () => {
      const error = await expectCode(
        store().accounts.create({ rootEmail: 'weak@example.com', rootPassword: 'short' }),
        'PasswordPolicyViolation',
      );
      expect(error.details.violations).toEqual(
        expect.arrayContaining(['minimumLength', 'threeCharacterTypes']),
      );
    });

    it('verifies the root password without telling a wrong e-mail from a wrong password', async () => {
      const account = await newAccount(store());
      const ok = await store().accounts.verifyRootPassword(account.rootEmail, 'Root-Passw0rd!');
      expect(ok?.id).toBe(account.id);
      expect(ok?.rootPasswordLastUsed).toBeInstanceOf(Date);
      expect(await store().accounts.verifyRootPassword(account.rootEmail, 'wrong-Passw0rd!')).toBeNull();
      expect(await store().accounts.verifyRootPassword('nobody@example.com', 'Root-Passw0rd!')).toBeNull();
      await store().accounts.changeRootPassword(account.id, 'New-Root-Passw0rd!');
      expect(await store().accounts.verifyRootPassword(account.rootEmail, 'Root-Passw0rd!')).toBeNull();
      expect(
        await store().accounts.verifyRootPassword(account.rootEmail, 'New-Root-Passw0rd!'),
      ).not.toBeNull();
    });

    it('overrides quotas per account and validates them', async () => {
      const account = await newAccount(store());
      expect(await store().accounts.getQuotas(account.id)).toEqual(DEFAULT_QUOTAS);
      const quotas = await store().accounts.setQuotas(account.id, { usersPerAccount: 3, groupsPerUser: 2 });
      expect(quotas.usersPerAccount).toBe(3);
      expect((await store().accounts.setQuotas(account.id, { usersPerAccount: null })).usersPerAccount).toBe(
        5000,
      );
      await expectCode(store().accounts.setQuotas(account.id, { usersPerAccount: 0 }), 'InvalidInput');
      await expectCode(store().accounts.setQuotas(account.id, { nope: 1 } as never), 'InvalidInput');
      await expectCode(store().accounts.setQuotas('000000000000', { usersPerAccount: 1 }), 'NoSuchEntity');
    });

    it('summarizes entity counts with the quotas (GetAccountSummary)', async () => {
      const account = await newAccount(store());
      await store().users.create(account.id, { name: 'a' });
      await store().groups.create(account.id, { name: 'g' });
      const summary = await store().accounts.summary(account.id);
      expect(summary).toMatchObject({ users: 1, groups: 1, roles: 0, policies: 0, workloads: 0 });
      expect(summary.quotas.usersPerAccount).toBe(5000);
    });

    it('lists accounts with cursors', async () => {
      await newAccount(store());
      await newAccount(store());
      const first = await store().accounts.list({ first: 1 });
      expect(first.edges).toHaveLength(1);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const next = await store().accounts.list({ first: 1, after: first.pageInfo.endCursor });
      expect((next.edges[0]?.node.id ?? '') > (first.edges[0]?.node.id ?? '')).toBe(true);
    });
  });
}
