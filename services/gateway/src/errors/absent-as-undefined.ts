import { isStoreError } from '@iamgate/store';

/** The entity, or `undefined` when the store says it does not exist; other failures propagate. */
export async function absentAsUndefined<T>(lookup: Promise<T>): Promise<T | undefined> {
  try {
    return await lookup;
  } catch (error) {
    if (isStoreError(error, 'NoSuchEntity')) return undefined;
    throw error;
  }
}
