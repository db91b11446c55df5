import type { Store, StoreObserver } from '@iamgate/store';
import { createTestStore, type TestStore, testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreObservers } from '../src/db/store-observer.js';
import { expectCode, newAccount } from './suite/helpers.js';

/** An observer that records what it is told, and what is in flight. */
function recorder() {
  const events: string[] = [];
  const transactions: Array<{ ms: number; outcome: string }> = [];
  const inFlight = { statement: 0, transaction: 0 };
  const observer: StoreObserver = {
    onStart: (work) => {
      inFlight[work] += 1;
      events.push(`start:${work}`);
    },
    onEnd: (work) => {
      inFlight[work] -= 1;
      events.push(`end:${work}`);
    },
    onTransaction: (ms, outcome) => transactions.push({ ms, outcome }),
  };
  return { observer, events, transactions, inFlight };
}

// The observer hook reports database work without changing any result, on every driver.
describe.each(testDrivers())('store observers on %s', (driver) => {
  let t: TestStore;
  let store: Store;
  beforeAll(async () => {
    t = await createTestStore({ driver });
    store = t.store;
  });
  afterAll(() => t?.cleanup());

  it('reports statements and transactions, their durations and commit or rollback', async () => {
    const account = await newAccount(store);
    const r = recorder();
    const stop = store.observe(r.observer);
    try {
      await store.users.create(account.id, { name: 'watched' });
      expect(r.transactions).toEqual([{ ms: expect.any(Number), outcome: 'commit' }]);
      expect(r.transactions[0]?.ms).toBeGreaterThanOrEqual(0);
      await store.users.get(account.id, 'watched');
      expect(r.events).toContain('start:statement');
      const failed = store.transaction(async (tx) => {
        await tx.users.create(account.id, { name: 'rolled-back' });
        await tx.users.create(account.id, { name: 'rolled-back' });
      });
      await expectCode(failed, 'EntityAlreadyExists');
      expect(r.transactions.map((x) => x.outcome)).toEqual(['commit', 'rollback']);
      // Nothing stays in flight, and each start has its end.
      expect(r.inFlight).toEqual({ statement: 0, transaction: 0 });
      expect(r.events.filter((e) => e.startsWith('start:')).length).toBe(
        r.events.filter((e) => e.startsWith('end:')).length,
      );
    } finally {
      stop();
    }
    const before = r.events.length;
    await store.users.get(account.id, 'watched');
    expect(r.events.length).toBe(before);
  });

  it('counts work in flight while it runs', async () => {
    const account = await newAccount(store);
    const r = recorder();
    const stop = store.observe(r.observer);
    let seen = -1;
    try {
      await store.transaction(async (tx) => {
        seen = r.inFlight.transaction;
        await tx.users.create(account.id, { name: 'in-flight' });
      });
    } finally {
      stop();
    }
    expect(seen).toBe(1);
    expect(r.inFlight.transaction).toBe(0);
  });

  it('gives the same results when an observer throws', async () => {
    const account = await newAccount(store);
    const stop = store.observe({
      onStart: () => {
        throw new Error('observer fault');
      },
      onTransaction: () => {
        throw new Error('observer fault');
      },
    });
    try {
      const user = await store.users.create(account.id, { name: 'unbothered' });
      expect((await store.users.get(account.id, 'unbothered')).id).toBe(user.id);
    } finally {
      stop();
    }
  });
});

describe('transaction timeouts', () => {
  it('reports a PGlite transaction ended by its deadline as a timeout', async () => {
    const { store, cleanup } = await createTestStore({ driver: 'pglite', transactionTimeoutMs: 100 });
    try {
      const r = recorder();
      store.observe(r.observer);
      await expectCode(
        store.transaction(() => new Promise(() => {})),
        'ServiceUnavailable',
      );
      expect(r.transactions.map((x) => x.outcome)).toEqual(['timeout']);
    } finally {
      await cleanup();
    }
  });

  it('reports a Postgres statement or idle-transaction timeout as a timeout, other failures as a rollback', async () => {
    const observers = new StoreObservers();
    const r = recorder();
    observers.add(r.observer);
    const pg = (code: string) => Object.assign(new Error('canceled'), { code });
    for (const error of [pg('57014'), pg('25P03'), pg('23505')]) {
      await observers.run('transaction', () => Promise.reject(error)).catch(() => {});
    }
    expect(r.transactions.map((x) => x.outcome)).toEqual(['timeout', 'timeout', 'rollback']);
  });
});
