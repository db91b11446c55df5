/** A boxed table: an optional title spanning it, an optional header row, and its rows of cells. */
export interface TableBox {
  title?: string;
  header?: readonly string[];
  rows: readonly (readonly string[])[];
}

function border(widths: readonly number[]): string {
  return `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+\n`;
}

function line(cells: readonly string[], widths: readonly number[]): string {
  return `|${widths.map((w, i) => ` ${(cells[i] ?? '').padEnd(w)} `).join('|')}|\n`;
}

/**
 * A table drawn with `+`, `-` and `|`, as the AWS CLI's `--output table` draws one: a border, the title, the header
 * between borders, the rows, a closing border. Columns are as wide as their widest cell; a title wider than the
 * columns widens the last one.
 *
 * @example
 * formatTable({ header: ['USER-NAME'], rows: [['alice']] });
 * // +-----------+
 * // | USER-NAME |
 * // +-----------+
 * // | alice     |
 * // +-----------+
 */
export function formatTable(box: TableBox): string {
  const all = box.header === undefined ? box.rows : [box.header, ...box.rows];
  const columns = Math.max(1, ...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...all.map((row) => (row[c] ?? '').length)),
  );
  const inner = widths.reduce((sum, w) => sum + w + 3, -1) - 2;
  if (box.title !== undefined && box.title.length > inner) {
    widths[columns - 1] = (widths[columns - 1] ?? 0) + box.title.length - inner;
  }
  const total = widths.reduce((sum, w) => sum + w + 3, -1) - 2;
  let out = '';
  if (box.title !== undefined) {
    out += `+${'-'.repeat(total + 2)}+\n| ${box.title.padEnd(total)} |\n`;
  }
  out += border(widths);
  if (box.header !== undefined) out += line(box.header, widths) + border(widths);
  if (box.rows.length > 0) out += box.rows.map((row) => line(row, widths)).join('') + border(widths);
  return out;
}
