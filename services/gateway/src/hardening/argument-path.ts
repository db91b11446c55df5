/**
 * Where a value sits in a field's arguments (`input.tags[3].value`), kept as links while arguments are walked and
 * written out only when a message needs it: a walk over a large argument builds no strings.
 */
export type ArgumentPath = string | { readonly parent: ArgumentPath; readonly key: string | number };

/** The path below `parent` at `key` (a list index or a field name). */
export function pathAt(parent: ArgumentPath, key: string | number): ArgumentPath {
  return { parent, key };
}

/** The path as text: `name`, `name[0]`, `name.field`. */
export function pathText(path: ArgumentPath): string {
  if (typeof path === 'string') return path;
  const parent = pathText(path.parent);
  if (typeof path.key === 'number') return `${parent}[${path.key}]`;
  return parent === '' ? path.key : `${parent}.${path.key}`;
}
