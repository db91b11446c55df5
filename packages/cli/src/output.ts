/** How results are printed: JSON for scripts (the default), aligned columns for people. */
export type OutputFormat = 'json' | 'table';

export function parseOutputFormat(value: string | undefined): OutputFormat | undefined {
  if (value === undefined || value === 'json') return 'json';
  if (value === 'table') return 'table';
  return undefined;
}

/** Pretty JSON with a final newline, so output can be piped into `jq` or diffed. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Left-aligned columns separated by two spaces, with a header row. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}
