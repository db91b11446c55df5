import type { Database } from './types.js';

/** The database under each open store, for `@iamgate/store/testing`'s `rawSql` only. */
const databases = new WeakMap<object, Database>();

/** Remembers the database under `store` (called once, by `openStore`). */
export function rememberDatabase(store: object, db: Database): void {
  databases.set(store, db);
}

/** The database under `store`; fails for an object `openStore` did not return. */
export function databaseOf(store: object): Database {
  const db = databases.get(store);
  if (db === undefined) throw new Error('not a store opened by `openStore`');
  return db;
}
