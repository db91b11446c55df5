type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return typeof value !== 'object' || value === null;
}

/** A scalar as Python's `str()` writes it, which is what the AWS CLI's text output prints: `None`, `True`. */
function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return String(value);
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The keys with scalar values in any of `records`, sorted: the columns of their lines. */
function scalarKeys(records: readonly Json[]): string[] {
  const keys = new Set<string>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) if (isScalar(value)) keys.add(key);
  }
  return [...keys].sort(byName);
}

function dictLines(record: Json, identifier: string | undefined, columns: string[] | undefined): string[] {
  const keys =
    columns ??
    Object.keys(record)
      .filter((k) => isScalar(record[k]))
      .sort(byName);
  const nested = Object.keys(record)
    .filter((k) => !keys.includes(k) && !isScalar(record[k]))
    .sort(byName);
  const lines: string[] = [];
  if (keys.length > 0) {
    const cells = keys.map((k) => scalarText(record[k]));
    lines.push((identifier === undefined ? cells : [identifier.toUpperCase(), ...cells]).join('\t'));
  }
  for (const key of nested) lines.push(...textLines(record[key], key));
  return lines;
}

function scalarListLines(items: readonly unknown[], identifier: string | undefined): string[] {
  if (identifier === undefined) return [items.map(scalarText).join('\t')];
  return items.map((item) => `${identifier.toUpperCase()}\t${scalarText(item)}`);
}

function listLines(items: readonly unknown[], identifier: string | undefined): string[] {
  if (items.length === 0) return [];
  if (items.some(isRecord)) {
    const columns = scalarKeys(items.filter(isRecord));
    return items.flatMap((item) =>
      isRecord(item) ? dictLines(item, identifier, columns) : textLines(item, identifier),
    );
  }
  if (items.some(Array.isArray)) {
    const scalars = items.filter(isScalar);
    return [
      ...(scalars.length > 0 ? scalarListLines(scalars, identifier) : []),
      ...items.filter((item) => !isScalar(item)).flatMap((item) => textLines(item, identifier)),
    ];
  }
  return scalarListLines(items, identifier);
}

function textLines(value: unknown, identifier?: string): string[] {
  if (Array.isArray(value)) return listLines(value, identifier);
  if (isRecord(value)) return dictLines(value, identifier, undefined);
  return [scalarText(value)];
}

/**
 * Tab-separated lines, exactly as the AWS CLI's `--output text` prints a response (awscli `text.py`): an object's
 * scalar values on one line in key order, prefixed by its key in capitals when it is nested (`TAGS	team	orders`);
 * each object of a list on its own line, with the columns of every object of the list; a list of scalars on one
 * line (`alice	bob`). Nulls print as `None` and booleans as `True`/`False`, as there.
 *
 * @example
 * formatText({ users: [{ userName: 'alice', path: '/' }] }); // "USERS\t/\talice\n"
 */
export function formatText(value: unknown): string {
  return textLines(value)
    .map((line) => `${line}\n`)
    .join('');
}
