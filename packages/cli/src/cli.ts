import { parseArgs } from 'node:util';
import { type CommandLine, parseCommandLine, singleValue } from './args/command-line.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS } from './args/global-options.js';
import { POLICY_OPTIONS } from './args/policy-options.js';
import { authorizeCommand } from './commands/authorize.js';
import { completionCommand } from './commands/completion.js';
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
import { type OutputOptions, outputOptions } from './render-result.js';
import { reportServiceError } from './service-error.js';
import { UsageError } from './usage-error.js';
import { versionLine } from './version.js';

/** How many words each command has: `iam create-user`, `organizations list-accounts`; `policy` parses its own. */
const COMMAND_WORDS: Record<string, number> = {
  iam: 2,
  sts: 2,
  organizations: 2,
  policy: Number.POSITIVE_INFINITY,
  services: Number.POSITIVE_INFINITY,
  completion: 2,
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
    // As `aws --version`: the version wins over any command, so it answers whatever else the line says.
    if (line.options.has('version')) {
      io.stdout(versionLine());
      return ExitCode.Ok;
    }
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

/** `--output` and `--query` of a command line, checked before anything is sent. */
function outputOf(line: CommandLine): OutputOptions {
  return outputOptions(singleValue(line, 'output'), singleValue(line, 'query'));
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
      if (!GLOBAL_VALUE_OPTIONS.has(flag) && !GLOBAL_FLAGS.has(flag))
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
  if (group === 'sign-out') return signOutCommand(io, line, outputOf(line));
  if (group === 'completion') return completionCommand(io, line);
  throw new UsageError(`unknown command \`${group}\`; see iamgate --help`);
}

/** The global options, as `parseArgs` reads them for `iamgate policy`. */
const POLICY_GLOBALS = Object.fromEntries([
  ...[...GLOBAL_VALUE_OPTIONS].map((name) => [name, { type: 'string' as const }]),
  ...[...GLOBAL_FLAGS].map((name) => [name, { type: 'boolean' as const }]),
]) as Record<string, { type: 'string' } | { type: 'boolean' }>;

/** `iamgate policy ...`, parsed as it always was. */
async function policyDispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      ...POLICY_GLOBALS,
      ...POLICY_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [, command, ...rest] = positionals;
  if (values.help) {
    io.stdout(HELP);
    return ExitCode.Ok;
  }
  // The global options are typed by name only in `POLICY_GLOBALS`' record: read them as the strings they are.
  const global = (name: string) => (values as Record<string, unknown>)[name] as string | undefined;
  const output = outputOptions(global('output'), global('query'));

  if (command === 'validate') {
    const connection: CommandLine = {
      words: ['policy', 'validate'],
      options: new Map(
        ['profile', 'url', 'cli-read-timeout'].flatMap((k) => {
          const value = global(k);
          return value === undefined ? [] : [[k, [value]]];
        }),
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
