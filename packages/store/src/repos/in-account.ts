import { noSuchEntity } from '../errors.js';

/**
 * The entity when it belongs to `accountId`, else `NoSuchEntity`, worded as if it did not exist at all. Every read
 * by unique id goes through this: an id is no capability, and an entity of another account must never be read,
 * changed or named through one (nor its existence revealed).
 */
export function inAccount<T extends { accountId: string }>(
  entity: T,
  accountId: string,
  kind: string,
  id: string,
): T {
  if (entity.accountId !== accountId) throw noSuchEntity(kind, id);
  return entity;
}
