import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount } from './helpers.js';

/**
 * Inside `store.transaction`, only the transaction's repositories may be used: the store's own would wait for the
 * transaction on PGlite's single connection while the transaction waits for them, and freeze the database. The
 * test stores turn the guard on, so such a mistake fails here instead of hanging.
 */
export function transactionsSuite(store: GetStore) {
  describe('transactions', () => {
    it('refuses the store itself inside one of its transactions, and rolls the transaction back', async () => {
      const { id: acct } = await newAccount(store());
      const error = await expectCode(
        store().transaction(async (tx) => {
          await tx.users.create(acct, { name: 'inside' });
          await store().users.find(acct, 'inside');
        }),
        'ServiceFailure',
      );
      expect(error.details).toMatchObject({ guard: 'transaction-scope' });
      expect(await store().users.find(acct, 'inside')).toBeUndefined();
      await expectCode(
        store().transaction(() => store().transaction(async () => 1)),
        'ServiceFailure',
      );
      // The database is free again.
      expect((await store().users.create(acct, { name: 'after' })).name).toBe('after');
    });

    it('lets change listeners use the store while a transaction commits', async () => {
      const { id: acct } = await newAccount(store());
      const seen: number[] = [];
      const stop = store().onChange((event) => {
        if (event.type === 'account' && event.accountId === acct) {
          void store()
            .revisions.get(acct)
            .then((revision) => seen.push(revision));
        }
      });
      try {
        await store().transaction((tx) => tx.users.create(acct, { name: 'u' }));
        await expect.poll(() => seen.length).toBeGreaterThan(0);
      } finally {
        stop();
      }
    });
  });
}
