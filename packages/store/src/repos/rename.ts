import { checkName, checkPath } from '../names.js';

/** The columns `UpdateUser` and `UpdateGroup` may change. */
export interface RenameColumns {
  name?: string;
  path?: string;
}

/**
 * Checks a rename and/or move (`API_UpdateUser.html`, `API_UpdateGroup.html`) before any database work and returns
 * the columns to set; empty when neither `newName` nor `newPath` is given.
 */
export function renameColumns(
  kind: 'user' | 'group',
  changes: { newName?: string; newPath?: string },
): RenameColumns {
  const set: RenameColumns = {};
  if (changes.newName !== undefined) set.name = checkName(kind, changes.newName);
  if (changes.newPath !== undefined) set.path = checkPath(changes.newPath);
  return set;
}
