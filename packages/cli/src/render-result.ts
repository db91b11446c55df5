import { formatTable, type TableBox } from './format-table.js';
import { formatText } from './format-text.js';
import type { CliIo } from './io.js';
import { kebabCase } from './operations/kebab-case.js';
import { formatJson, type OutputFormat, parseOutputFormat } from './output.js';
import { applyQuery, parseQuery, type Query } from './query.js';

type Row = Record<string, unknown>;

/** How a command prints its result: `--output` and `--query`. */
export interface OutputOptions {
  format: OutputFormat;
  query: Query | undefined;
}

/** A command's own columns for `table` and `text` (policy findings, test results), used while no `--query` applies. */
export interface Records {
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/** What a command may add to its result: its own records, or JSON lines (one result per line) for `json`. */
export interface RenderExtras {
  records?: Records;
  jsonLines?: boolean;
}

/** `--output` and `--query` as given (each checked: a bad one is a usage error before anything is sent). */
export function outputOptions(output: string | undefined, query: string | undefined): OutputOptions {
  return { format: parseOutputFormat(output), query: parseQuery(query) };
}

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A connection's `edges[].node` as a list of nodes: the records people and line tools want, cursors aside. */
function itemsOf(key: string, value: unknown[]): unknown[] {
  if (key !== 'edges') return value;
  return value.map((edge) => (isRecord(edge) && 'node' in edge ? edge.node : edge));
}

/** Every connection in `value` with its edges replaced by their nodes. */
function withoutCursors(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCursors);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      Array.isArray(inner) ? itemsOf(key, inner).map(withoutCursors) : withoutCursors(inner),
    ]),
  );
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

/** A list as a box: a row per item, a column per field of records (headed), the cells of nested lists. */
function listBox(items: readonly unknown[], title?: string): TableBox | undefined {
  if (items.length === 0) return undefined;
  const titled = title === undefined ? {} : { title };
  if (items.every(isRecord)) {
    const columns = columnsOf(items);
    return {
      ...titled,
      header: columns.map((c) => kebabCase(c).toUpperCase()),
      rows: items.map((row) => columns.map((c) => cell(row[c]))),
    };
  }
  return {
    ...titled,
    rows: items.map((item) => (Array.isArray(item) ? item.map(cell) : [cell(item)])),
  };
}

/**
 * The boxes of a result: a list as one box; an object as a box per list field (titled with its name when there is
 * more than one box) and a `FIELD VALUE` box of the rest, nested objects flattened.
 */
function tableOf(value: unknown): string {
  if (Array.isArray(value)) {
    const box = listBox(value);
    return box === undefined ? '' : formatTable(box);
  }
  if (!isRecord(value)) return `${cell(value)}\n`;
  const lists = Object.entries(value).filter((entry): entry is [string, unknown[]] =>
    Array.isArray(entry[1]),
  );
  const rest = Object.fromEntries(Object.entries(value).filter(([, inner]) => !Array.isArray(inner)));
  const fields = fieldRows(rest);
  if (lists.length === 0) return formatTable({ header: ['FIELD', 'VALUE'], rows: fields });
  const titled = lists.length > 1 || fields.length > 0;
  const boxes = lists.map(([key, items]) => listBox(items, titled ? key : undefined));
  if (fields.length > 0) boxes.push({ header: ['FIELD', 'VALUE'], rows: fields });
  return boxes
    .filter((box) => box !== undefined)
    .map(formatTable)
    .join('');
}

/** Lines for `text`: the AWS CLI's text output, with a paginated result's `nextToken` last, as it prints it. */
function textOf(value: unknown): string {
  if (isRecord(value) && typeof value.nextToken === 'string') {
    const { nextToken, ...rest } = value;
    return `${formatText(rest)}NEXTTOKEN\t${nextToken}\n`;
  }
  return formatText(value);
}

/** One line of tab-separated cells, with no tab or line break left inside a cell. */
function textRow(cells: readonly string[]): string {
  return `${cells.map((c) => c.replace(/\s+/g, ' ')).join('\t')}\n`;
}

/**
 * A command's result as `--output` and `--query` ask: the query applies first (to the whole result, as the AWS CLI
 * applies it), then `json` prints it as the gateway answered it (pretty, or one compact line per item with
 * `jsonLines`); `text` as the AWS CLI's tab-separated lines; `table` as boxes (a list as a row per item and a column
 * per field, an object as field/value rows). A command's own `records` stand for its table and text while no query
 * reshapes the result. A connection's edges show as their nodes in `table` and `text`.
 *
 * @example
 * renderResult({ edges: [{ node: { userName: 'alice' } }] }, { format: 'text', query: undefined }); // "EDGES\talice\n"
 */
export function renderResult(value: unknown, options: OutputOptions, extras: RenderExtras = {}): string {
  const own = options.query === undefined ? extras.records : undefined;
  if (options.format === 'json') {
    if (extras.jsonLines && Array.isArray(value)) {
      return value.map((item) => `${JSON.stringify(applyQuery(options.query, item))}\n`).join('');
    }
    return formatJson(applyQuery(options.query, value));
  }
  const shaped = applyQuery(options.query, value);
  if (options.format === 'text') return own ? own.rows.map(textRow).join('') : textOf(withoutCursors(shaped));
  if (own) return formatTable(own);
  return tableOf(withoutCursors(shaped));
}

/** Prints a command's result on stdout; see `renderResult`. */
export function printResult(
  io: CliIo,
  value: unknown,
  options: OutputOptions,
  extras: RenderExtras = {},
): void {
  io.stdout(renderResult(value, options, extras));
}
