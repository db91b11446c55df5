import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount } from './helpers.js';

const THUMB = 'a'.repeat(40);

export function oidcProvidersSuite(store: GetStore) {
  describe('OpenID Connect providers', () => {
    // IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html, API_GetOpenIDConnectProvider.html
    it('registers a provider by its issuer URL, with an ARN of the URL without its scheme', async () => {
      const { id: acct } = await newAccount(store());
      const before = await store().revisions.get(acct);
      const created = await store().oidcProviders.create(acct, {
        url: 'https://token.example.com/tenant-1',
        clientIds: ['sts.iamgate', 'sts.iamgate', 'ci'],
        thumbprints: [THUMB.toUpperCase()],
        tags: [{ key: 'team', value: 'ci' }],
      });
      expect(created).toMatchObject({
        accountId: acct,
        arn: `arn:iamgate:iam::${acct}:oidc-provider/token.example.com/tenant-1`,
        url: 'token.example.com/tenant-1',
        issuer: 'https://token.example.com/tenant-1',
        clientIds: ['sts.iamgate', 'ci'],
        thumbprints: [THUMB],
        tags: [{ key: 'team', value: 'ci' }],
      });
      expect(await store().revisions.get(acct)).toBeGreaterThan(before);
      expect(await store().oidcProviders.get(acct, created.arn)).toEqual(created);
      expect(await store().oidcProviders.findByUrl(acct, created.url)).toEqual(created);
      expect(await store().oidcProviders.findByUrl(acct, 'token.example.com')).toBeUndefined();
      await expectCode(
        store().oidcProviders.create(acct, { url: 'https://token.example.com/tenant-1' }),
        'EntityAlreadyExists',
      );
      expect((await store().oidcProviders.list(acct)).map((p) => p.arn)).toEqual([created.arn]);
    });

    it('accepts https only, and http on a loopback host only when asked to', async () => {
      const { id: acct } = await newAccount(store());
      const create = (url: string, allowLoopbackHttp = false) =>
        store().oidcProviders.create(acct, { url }, { allowLoopbackHttp });
      for (const url of [
        'http://token.example.com',
        'token.example.com',
        'https://',
        'https://x.example.com/?a=b',
        'https://x.example.com/#f',
        'https://user@x.example.com',
        `https://${'a'.repeat(253)}.io`,
      ]) {
        await expectCode(create(url), 'InvalidInput');
      }
      await expectCode(create('http://127.0.0.1:8080'), 'InvalidInput');
      await expectCode(create('http://token.example.com', true), 'InvalidInput');
      expect((await create('http://127.0.0.1:8080', true)).url).toBe('127.0.0.1:8080');
      expect((await create('http://localhost:9000/issuer', true)).url).toBe('localhost:9000/issuer');
    });

    // API_AddClientIDToOpenIDConnectProvider.html and API_RemoveClientIDFromOpenIDConnectProvider.html: idempotent
    it('adds and removes client IDs idempotently, replaces thumbprints, and enforces the limits', async () => {
      const { id: acct } = await newAccount(store());
      const { arn } = await store().oidcProviders.create(acct, { url: 'https://idp.example.com' });
      expect((await store().oidcProviders.addClientId(acct, arn, 'a')).clientIds).toEqual(['a']);
      expect((await store().oidcProviders.addClientId(acct, arn, 'a')).clientIds).toEqual(['a']);
      expect((await store().oidcProviders.removeClientId(acct, arn, 'nope')).clientIds).toEqual(['a']);
      expect((await store().oidcProviders.removeClientId(acct, arn, 'a')).clientIds).toEqual([]);
      await expectCode(store().oidcProviders.addClientId(acct, arn, ''), 'InvalidInput');
      await expectCode(store().oidcProviders.addClientId(acct, arn, 'x'.repeat(256)), 'InvalidInput');
      for (let i = 0; i < 100; i++) await store().oidcProviders.addClientId(acct, arn, `client-${i}`);
      await expectCode(store().oidcProviders.addClientId(acct, arn, 'one-more'), 'LimitExceeded');
      const five = ['1', '2', '3', '4', '5'].map((d) => d.repeat(40));
      expect((await store().oidcProviders.updateThumbprints(acct, arn, five)).thumbprints).toEqual(five);
      await expectCode(
        store().oidcProviders.updateThumbprints(acct, arn, [...five, '6'.repeat(40)]),
        'LimitExceeded',
      );
      await expectCode(store().oidcProviders.updateThumbprints(acct, arn, ['abc']), 'InvalidInput');
      expect((await store().oidcProviders.updateThumbprints(acct, arn, [])).thumbprints).toEqual([]);
      expect((await store().oidcProviders.tag(acct, arn, [{ key: 'k', value: 'v' }])).tags).toEqual([
        { key: 'k', value: 'v' },
      ]);
      expect((await store().oidcProviders.untag(acct, arn, ['k'])).tags).toEqual([]);
      await store().oidcProviders.delete(acct, arn);
      await expectCode(store().oidcProviders.get(acct, arn), 'NoSuchEntity');
      await expectCode(store().oidcProviders.delete(acct, arn), 'NoSuchEntity');
      await expectCode(store().oidcProviders.get(acct, 'arn:iamgate:iam::123:role/x'), 'InvalidInput');
    });

    // IAM/latest/UserGuide/reference_iam-quotas.html: 100 OpenID Connect providers per account
    it('holds at most 100 providers per account', async () => {
      const { id: acct } = await newAccount(store());
      for (let i = 0; i < 100; i++)
        await store().oidcProviders.create(acct, { url: `https://idp-${i}.example.com` });
      await expectCode(
        store().oidcProviders.create(acct, { url: 'https://one-more.example.com' }),
        'LimitExceeded',
      );
    });

    it("never reads, changes or counts another account's provider", async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const own = await store().oidcProviders.create(b.id, { url: 'https://shared.example.com' });
      // The same issuer may be registered by both accounts: each has its own provider.
      const mine = await store().oidcProviders.create(a.id, { url: 'https://shared.example.com' });
      expect(mine.arn).not.toBe(own.arn);
      await expectCode(store().oidcProviders.get(a.id, own.arn), 'NoSuchEntity');
      await expectCode(store().oidcProviders.addClientId(a.id, own.arn, 'x'), 'NoSuchEntity');
      await expectCode(store().oidcProviders.tag(a.id, own.arn, [{ key: 'k', value: 'v' }]), 'NoSuchEntity');
      await expectCode(store().oidcProviders.delete(a.id, own.arn), 'NoSuchEntity');
      expect((await store().oidcProviders.list(a.id)).map((p) => p.arn)).toEqual([mine.arn]);
      expect((await store().oidcProviders.get(b.id, own.arn)).clientIds).toEqual([]);
    });
  });
}
