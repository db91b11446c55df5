import { parseArgs } from 'node:util';
import { policySimulate } from './commands/policy-simulate.js';
import { policyValidate } from './commands/policy-validate.js';
import { ExitCode } from './exit-codes.js';
import { HELP } from './help.js';
import type { CliIo } from './io.js';
import { parseOutputFormat } from './output.js';
import { UsageError } from './usage-error.js';

/**
 * Runs one `iamgate` command line and returns its exit code. Never throws: usage errors go to stderr with code 2.
 *
 * @example
 * const code = await runCli(['policy', 'validate', 'policy.json'], processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`iamgate: ${error.message}\n`);
      return ExitCode.Usage;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`iamgate: ${error.message}\n`);
      return ExitCode.Usage;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      kind: { type: 'string' },
      output: { type: 'string' },
      'fail-on-deny': { type: 'boolean' },
    },
  });
  const [group, command, ...rest] = positionals;
  if (values.help || group === undefined || group === 'help') {
    io.stdout(HELP);
    return ExitCode.Ok;
  }
  const output = parseOutputFormat(values.output);
  if (output === undefined)
    throw new UsageError(`unknown output format \`${values.output}\`; use json or table`);

  if (group === 'policy' && command === 'validate') {
    return policyValidate(io, { files: rest, kind: values.kind, output });
  }
  if (group === 'policy' && command === 'simulate') {
    if (rest.length > 0) throw new UsageError('policy simulate reads its requests from standard input');
    return policySimulate(io, { output, failOnDeny: values['fail-on-deny'] ?? false });
  }
  throw new UsageError(`unknown command \`${positionals.join(' ')}\`; see iamgate --help`);
}
