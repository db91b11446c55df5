import type { CommandLine } from '../args/command-line.js';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, readUserFile } from '../io.js';
import { findCommand } from '../operations/operation-catalog.js';
import { runOperation } from '../operations/run-operation.js';
import type { OutputOptions } from '../render-result.js';
import { UsageError } from '../usage-error.js';

/**
 * `--context` also takes the shorthand `{"aws:SourceIp": "10.0.0.1", "orders:Region": ["eu", "us"]}`: each key with
 * its value or values, as string-typed entries. The schema's own form, a JSON array of `{ key, type?, values }`,
 * passes as it is.
 */
async function contextEntries(io: CliIo, values: readonly string[]): Promise<string[]> {
  if (values.length !== 1) return [...values];
  const raw = values[0] as string;
  const source = raw.startsWith('file://') ? await readUserFile(io, raw.slice('file://'.length)) : raw;
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    throw new UsageError('`--context` takes JSON: an object of keys and values, or an array of entries');
  }
  if (Array.isArray(parsed)) return [JSON.stringify(parsed)];
  if (typeof parsed !== 'object' || parsed === null) {
    throw new UsageError('`--context` takes an object of keys and values, or an array of entries');
  }
  const entries = Object.entries(parsed).map(([key, value]) => ({
    key,
    values: (Array.isArray(value) ? value : [value]).map(String),
  }));
  return [JSON.stringify(entries)];
}

/**
 * `iamgate authorize --action A --resource R [--context JSON] [--principal-arn ARN]`: asks the gateway for a
 * decision and prints it with its reasons. Exit code 0 when allowed, 3 when denied (implicitly or explicitly), so a
 * script can `if iamgate authorize ...; then`.
 */
export async function authorizeCommand(
  io: CliIo,
  line: CommandLine,
  output: OutputOptions,
): Promise<ExitCode> {
  const command = findCommand('authorize', 'authorize');
  if (command === undefined) throw new UsageError('this version of the gateway schema has no `authorize`');
  const context = line.options.get('context');
  if (context !== undefined) line.options.set('context', await contextEntries(io, context));
  return runOperation(io, command, line, output, (result) =>
    (result as { allowed?: boolean }).allowed === true ? ExitCode.Ok : ExitCode.Denied,
  );
}
