import type { ChangeEvent } from './change-event.js';

/** The revisions each open transaction has moved, per account: the newest one. */
const moved = new WeakMap<object, Map<string, number>>();

/**
 * Records that the transaction `tx` moved `accountId` to `revision` (called by `lockAccount`). Nothing is announced
 * yet: the transaction may still roll back, and then what it recorded is simply forgotten with it.
 */
export function recordMovedRevision(tx: object, accountId: string, revision: number): void {
  let accounts = moved.get(tx);
  if (accounts === undefined) {
    accounts = new Map();
    moved.set(tx, accounts);
  }
  accounts.set(accountId, Math.max(revision, accounts.get(accountId) ?? revision));
}

/**
 * The changes the committed transaction `tx` made, as the events its `pg_notify` calls carry, and forgets them. Why
 * the store announces them itself: Postgres delivers a notification over the listening connection some time after
 * the commit, so without this the writing process could answer its next request from a cache that has not heard
 * of its own change yet.
 */
export function takeMovedRevisions(tx: object): ChangeEvent[] {
  const accounts = moved.get(tx);
  if (accounts === undefined) return [];
  moved.delete(tx);
  return [...accounts].map(([accountId, revision]) => ({ type: 'account', accountId, revision }));
}
