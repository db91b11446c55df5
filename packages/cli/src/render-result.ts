import { kebabCase } from './operations/kebab-case.js';
import { formatJson, formatTable, type OutputFormat } from './output.js';

type Row = Record<string, unknown>;

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The rows of a result, if it is a list: a connection's `edges[].node` (`listUsers`), an array, or the one array
 * field of an object (`listAccessKeys`' `accessKeyMetadata`).
 */
function rowsOf(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isRecord(value)) return undefined;
  if (Array.isArray(value.edges))
    return value.edges.map((edge) => (isRecord(edge) ? (edge.node ?? edge) : edge));
  const arrays = Object.values(value).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0] : undefined;
}

/** A cell: text as it is, lists of scalars joined with commas, tags as `k=v`, anything else as compact JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (Array.isArray(value)) {
    return value
      .map((item) =>
        isRecord(item) && 'key' in item && 'value' in item ? `${item.key}=${item.value}` : cell(item),
      )
      .join(',');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Column names: the first row's keys, then keys first met in later rows. Long nested documents are left out. */
function columnsOf(rows: readonly Row[]): string[] {
  const columns: string[] = [];
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (!columns.includes(key) && !(isRecord(value) && Object.keys(value).length > 3)) columns.push(key);
    }
  }
  return columns;
}

/** An object as `FIELD VALUE` rows, nested objects flattened to `a.b`. */
function fieldRows(value: Row, prefix = ''): string[][] {
  return Object.entries(value).flatMap(([key, inner]) =>
    isRecord(inner) ? fieldRows(inner, `${prefix}${key}.`) : [[`${prefix}${key}`, cell(inner)]],
  );
}

/**
 * A command's result for people or for scripts: JSON as the gateway answered it, or a table (one row per item of a
 * list, with a column per field; an object as field/value rows; a scalar as it is).
 *
 * @example
 * renderResult({ edges: [{ node: { userName: 'alice' } }] }, 'table'); // "USERNAME\nalice\n"
 */
export function renderResult(value: unknown, output: OutputFormat): string {
  if (output === 'json') return formatJson(value);
  const rows = rowsOf(value);
  if (rows !== undefined) {
    if (rows.length === 0) return '';
    if (!rows.every(isRecord)) return rows.map((r) => `${cell(r)}\n`).join('');
    const columns = columnsOf(rows);
    return formatTable(
      columns.map((c) => kebabCase(c).toUpperCase()),
      rows.map((row) => columns.map((c) => cell(row[c]))),
    );
  }
  if (isRecord(value)) return formatTable(['FIELD', 'VALUE'], fieldRows(value));
  return `${cell(value)}\n`;
}
