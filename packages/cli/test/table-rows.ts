/**
 * The rows of a boxed `--output table`, each as its trimmed cells, borders left out: what a reader of the table
 * sees, so assertions do not depend on column widths.
 */
export function tableRows(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
}
