import { UsageError } from './usage-error.js';

/**
 * How results are printed, as the AWS CLI's `--output`: `json` (the default) for scripts, `table` boxed for people,
 * `text` as tab-separated lines for `cut`, `awk` and shell loops.
 */
export type OutputFormat = 'json' | 'table' | 'text';

const FORMATS: readonly OutputFormat[] = ['json', 'table', 'text'];

/** The format `--output` names; `json` when it is not given. */
export function parseOutputFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return 'json';
  const format = FORMATS.find((f) => f === value);
  if (format === undefined)
    throw new UsageError(`unknown output format \`${value}\`; use json, table or text`);
  return format;
}

/** Pretty JSON with a final newline, so output can be piped into `jq` or diffed. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
