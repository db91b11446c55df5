import { parseArgs } from 'node:util';
import { type CommandLine, parseCommandLine, singleValue } from './args/command-line.js';
import { authorizeCommand } from './commands/authorize.js';
import { configure } from './commands/configure.js';
import { policySimulate } from './commands/policy-simulate.js';
import { policyTest } from './commands/policy-test.js';
import { policyValidate } from './commands/policy-validate.js';
import { servicesPush } from './commands/services-push.js';
import { signInCommand } from './commands/sign-in.js';
import { signOutCommand } from './commands/sign-out.js';
import { ExitCode } from './exit-codes.js';
import { HELP } from './help.js';
import type { CliIo } from './io.js';
import { findCommand } from './operations/operation-catalog.js';
import { commandHelp, groupHelp } from './operations/operation-help.js';
import type { OperationGroup } from './operations/option-spec.js';
import { runOperation } from './operations/run-operation.js';
import { type OutputFormat, parseOutputFormat } from './output.js';
import { reportServiceError } from './service-error.js';
import { UsageError } from './usage-error.js';

/** How many words each command has: `iam create-user`, `organizations list-accounts`; `policy` parses its own. */
const COMMAND_WORDS: Record<string, number> = {
  iam: 2,
  sts: 2,
  organizations: 2,
  policy: Number.POSITIVE_INFINITY,
  services: Number.POSITIVE_INFINITY,
};

/**
 * Runs one `iamgate` command line and returns its exit code (see `ExitCode`). Never throws for what a user can get
 * wrong: usage errors go to stderr with code 2, errors of the gateway as `iamgate: <Code>: <message>` with code 4,
 * an unreachable gateway with code 5.
 *
 * @example
 * const code = await runCli(['iam', 'create-user', '--user-name', 'alice'], processIo());
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const line = parseCommandLine(argv, (first) => COMMAND_WORDS[first] ?? 1);
    if (line.words[0] === 'policy') return await policyDispatch(argv, io);
    return await dispatch(line, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`iamgate: ${error.message}\n`);
      return ExitCode.Usage;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`iamgate: ${error.message}\n`);
      return ExitCode.Usage;
    }
    const code = reportServiceError(io, error);
    if (code !== undefined) return code;
    throw error;
  }
}

function outputOf(line: CommandLine): OutputFormat {
  const value = singleValue(line, 'output');
  const output = parseOutputFormat(value);
  if (output === undefined) throw new UsageError(`unknown output format \`${value}\`; use json or table`);
  return output;
}

async function operationGroup(line: CommandLine, io: CliIo, group: OperationGroup): Promise<ExitCode> {
  const name = line.words[1];
  if (name === undefined || name === 'help') {
    io.stdout(groupHelp(group));
    return ExitCode.Ok;
  }
  const command = findCommand(group, name);
  if (command === undefined) {
    throw new UsageError(`unknown command \`${group} ${name}\`; see iamgate ${group} help`);
  }
  return runOperation(io, command, line, outputOf(line));
}

async function dispatch(line: CommandLine, io: CliIo): Promise<ExitCode> {
  const [group] = line.words;
  if (group === undefined || group === 'help') {
    io.stdout(HELP);
    return ExitCode.Ok;
  }
  if (group === 'iam' || group === 'sts' || group === 'organizations') return operationGroup(line, io, group);
  if (group === 'services') {
    if (line.words[1] !== 'push')
      throw new UsageError('unknown command; see iamgate --help (iamgate services push FILE...)');
    for (const flag of line.options.keys()) {
      if (!['profile', 'url', 'output'].includes(flag))
        throw new UsageError(`unknown option \`--${flag}\` for \`services push\``);
    }
    return servicesPush(io, line, outputOf(line));
  }
  if (group === 'sign-up') {
    const command = findCommand('sign-up', 'sign-up');
    if (command === undefined) throw new Error('the SDK has no `signUp`');
    return runOperation(io, command, line, outputOf(line));
  }
  const help = line.options.has('help');
  if (group === 'authorize') {
    const command = findCommand('authorize', 'authorize');
    if (help && command !== undefined) {
      io.stdout(commandHelp(command));
      return ExitCode.Ok;
    }
    return authorizeCommand(io, line, outputOf(line));
  }
  if (help) {
    io.stdout(HELP);
    return ExitCode.Ok;
  }
  if (group === 'configure') return configure(io, line, outputOf(line));
  if (group === 'sign-in') return signInCommand(io, line, outputOf(line));
  if (group === 'sign-out') return signOutCommand(io, line);
  throw new UsageError(`unknown command \`${group}\`; see iamgate --help`);
}

/** `iamgate policy ...`, parsed as it always was. */
async function policyDispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      kind: { type: 'string' },
      output: { type: 'string' },
      'fail-on-deny': { type: 'boolean' },
      junit: { type: 'string' },
      services: { type: 'string', multiple: true },
      remote: { type: 'boolean' },
      profile: { type: 'string' },
      url: { type: 'string' },
    },
  });
  const [, command, ...rest] = positionals;
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.Ok;
  }
  const output = parseOutputFormat(values.output);
  if (output === undefined)
    throw new UsageError(`unknown output format \`${values.output}\`; use json or table`);

  if (command === 'validate') {
    const connection: CommandLine = {
      words: ['policy', 'validate'],
      options: new Map(
        (['profile', 'url'] as const).flatMap((k) =>
          values[k] === undefined ? [] : [[k, [values[k] as string]]],
        ),
      ),
    };
    return policyValidate(io, {
      files: rest,
      kind: values.kind,
      output,
      services: values.services ?? [],
      ...(values.remote ? { remote: connection } : {}),
    });
  }
  if (command === 'test') {
    return policyTest(io, { paths: rest, output, junit: values.junit });
  }
  if (command === 'simulate') {
    if (rest.length > 0) throw new UsageError('policy simulate reads its requests from standard input');
    return policySimulate(io, { output, failOnDeny: values['fail-on-deny'] ?? false });
  }
  throw new UsageError(`unknown command \`${positionals.join(' ')}\`; see iamgate --help`);
}
