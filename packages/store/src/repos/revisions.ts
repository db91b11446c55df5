import { eq, inArray } from 'drizzle-orm';
import { noSuchEntity } from '../errors.js';
import { accounts } from '../schema/accounts.js';
import { read, type StoreContext } from './context.js';

/**
 * Per-account policy revisions. Every change to an account's identities, policies or sessions' validity
 * increments its revision in the same transaction, so a cache built at revision r is current while the revision
 * is still r.
 */
export class RevisionsRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** The account's current revision, or `NoSuchEntity`. */
  async get(accountId: string): Promise<number> {
    return read(this.ctx, async (db) => {
      const [row] = await db
        .select({ revision: accounts.revision })
        .from(accounts)
        .where(eq(accounts.id, accountId));
      if (!row) throw noSuchEntity('account', accountId);
      return row.revision;
    });
  }

  /** Current revisions of several accounts in one query (unknown ids are left out). */
  async getMany(accountIds: string[]): Promise<Map<string, number>> {
    if (accountIds.length === 0) return new Map();
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({ id: accounts.id, revision: accounts.revision })
        .from(accounts)
        .where(inArray(accounts.id, accountIds));
      return new Map(rows.map((r) => [r.id, r.revision]));
    });
  }
}
