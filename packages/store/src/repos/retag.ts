import type { Transaction } from '../db/types.js';
import type { Tag } from '../schema/columns.js';
import { mergeTags, removeTags } from '../tags.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, type StoreContext, write } from './context.js';

/** How `tag` or `untag` changes an entity's tags, given the per-entity limit (`tagsPerEntity`). */
export type TagChange = (existing: Tag[], limit: number) => Tag[];

/** Adds or replaces `tags` (`TagUser`...); `LimitExceeded` past the limit. */
export function addTags(tags: Tag[]): TagChange {
  return (existing, limit) => mergeTags(existing, tags, limit);
}

/** Removes the tags with these keys (`UntagUser`...); absent keys are ignored, as in AWS. */
export function dropTags(keys: string[]): TagChange {
  return (existing) => removeTags(existing, keys);
}

/** Where one kind of tagged entity keeps its tags. */
export interface TaggedEntity<T> {
  /** Row-locks the entity (or throws `NoSuchEntity`) and returns its id and current tags. */
  lock(tx: Transaction): Promise<{ id: string; tags: Tag[] }>;
  /** Writes the new tags. */
  save(tx: Transaction, id: string, tags: Tag[]): PromiseLike<unknown>;
  /** Reads the entity back, as the operation returns it. */
  load(tx: Transaction, id: string): Promise<T>;
}

/**
 * Changes an entity's tags under the account lock (tags count as a change: they feed `aws:ResourceTag` and
 * `aws:PrincipalTag` conditions) and returns the entity. `subject` names it in errors.
 */
export function retag<T>(
  ctx: StoreContext,
  accountId: string,
  subject: string,
  entity: TaggedEntity<T>,
  change: TagChange,
  options: WriteOptions,
): Promise<T> {
  return write(
    ctx,
    async (tx) => {
      const { quotas } = await lockAccount(tx, accountId);
      const row = await entity.lock(tx);
      await entity.save(tx, row.id, change(row.tags, quotas.tagsPerEntity));
      return entity.load(tx, row.id);
    },
    { subject, accountId, ...options },
  );
}
