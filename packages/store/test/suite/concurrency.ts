import { describe, expect, it } from 'vitest';
import { allow, type GetStore, newAccount } from './helpers.js';

/** Runs all calls at once and tallies fulfilled results and rejection codes. */
async function race(calls: (() => Promise<unknown>)[]) {
  const results = await Promise.allSettled(calls.map((call) => call()));
  const codes: Record<string, number> = {};
  let ok = 0;
  for (const r of results) {
    if (r.status === 'fulfilled') ok++;
    else {
      const code = (r.reason as { code?: string }).code ?? 'unknown';
      codes[code] = (codes[code] ?? 0) + 1;
    }
  }
  return { ok, codes };
}

export function concurrencySuite(store: GetStore) {
  describe('quotas and uniqueness under concurrency', () => {
    it('50 concurrent addUserToGroup calls for one user across 50 groups leave exactly 10', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'busy' });
      await store().transaction(async (tx) => {
        for (let i = 0; i < 50; i++) await tx.groups.create(acct, { name: `g${i}` });
      });
      const { ok, codes } = await race(
        Array.from({ length: 50 }, (_, i) => () => store().groups.addUser(acct, `g${i}`, 'busy')),
      );
      expect(ok).toBe(10);
      expect(codes).toEqual({ LimitExceeded: 40 });
      const groups = await store().groups.listForUser(acct, 'busy');
      expect(groups.edges).toHaveLength(10);
    });

    it('100 concurrent creations of the same user name create exactly one', async () => {
      const { id: acct } = await newAccount(store());
      const { ok, codes } = await race(
        Array.from(
          { length: 100 },
          (_, i) => () => store().users.create(acct, { name: i % 2 ? 'Same' : 'same' }),
        ),
      );
      expect(ok).toBe(1);
      expect(codes).toEqual({ EntityAlreadyExists: 99 });
      expect((await store().users.list(acct)).edges).toHaveLength(1);
    });

    it('holds access keys, attachments, versions and account quotas under concurrent writers', async () => {
      const { id: acct } = await newAccount(store());
      await store().users.create(acct, { name: 'k' });
      const keys = await race(Array.from({ length: 10 }, () => () => store().accessKeys.create(acct, 'k')));
      expect(keys).toEqual({ ok: 2, codes: { LimitExceeded: 8 } });

      const arns = await store().transaction(async (tx) => {
        const out: string[] = [];
        for (let i = 0; i < 20; i++)
          out.push((await tx.policies.create(acct, { name: `p${i}`, document: allow(`s3:A${i}`) })).arn);
        return out;
      });
      const attaches = await race(
        arns.map((arn) => () => store().policies.attach(acct, { kind: 'user', name: 'k' }, arn)),
      );
      expect(attaches).toEqual({ ok: 10, codes: { LimitExceeded: 10 } });

      const versions = await race(
        Array.from(
          { length: 10 },
          (_, i) => () =>
            store().policies.versions.create(acct, arns[0] as string, {
              document: allow(`s3:V${i}`),
              setAsDefault: true,
            }),
        ),
      );
      expect(versions).toEqual({ ok: 4, codes: { LimitExceeded: 6 } });
      const stored = await store().policies.versions.list(acct, arns[0] as string);
      expect(stored.filter((v) => v.isDefaultVersion)).toHaveLength(1);

      await store().accounts.setQuotas(acct, { usersPerAccount: 5 });
      const users = await race(
        Array.from({ length: 20 }, (_, i) => () => store().users.create(acct, { name: `n${i}` })),
      );
      expect(users).toEqual({ ok: 4, codes: { LimitExceeded: 16 } });
    });

    it('gives every concurrent change its own revision', async () => {
      const { id: acct } = await newAccount(store());
      await race(Array.from({ length: 30 }, (_, i) => () => store().groups.create(acct, { name: `r${i}` })));
      expect(await store().revisions.get(acct)).toBe(30);
    });
  });
}
