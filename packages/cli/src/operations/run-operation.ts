import type { CommandLine } from '../args/command-line.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS, PAGINATION_OPTIONS } from '../args/global-options.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { connect } from '../profiles/connection.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { reportServiceError } from '../service-error.js';
import { commandHelp } from './operation-help.js';
import { operationVariables } from './operation-variables.js';
import type { OperationCommand } from './option-spec.js';
import { fetchPages, pagingOf } from './paginate.js';

/** Options every command takes, which are not the operation's. */
const GLOBAL_OPTIONS = new Set([...GLOBAL_VALUE_OPTIONS, ...GLOBAL_FLAGS]);
/** The options of a paginated command that are not the operation's. */
const PAGINATED_OPTIONS = new Set([...GLOBAL_OPTIONS, ...PAGINATION_OPTIONS]);
/**
 * Operations sent without a session: those that authenticate with their own arguments (a workload's credential, a
 * web identity token), and signing up, which is how a person without an account gets one.
 */
const ANONYMOUS_OPERATIONS = new Set(['assumeRoleWithWebIdentity', 'assumeWorkloadRole', 'signUp']);

/**
 * Runs a gateway operation from a command line: options become the SDK method's variables (checked before anything
 * is sent), a paginated operation fetches its pages (`fetchPages`), and the result is printed as `--output` and
 * `--query` ask. `decide` may turn a result into an exit code (a denied `authorize` is 3).
 */
export async function runOperation(
  io: CliIo,
  command: OperationCommand,
  line: CommandLine,
  output: OutputOptions,
  decide: (result: unknown) => ExitCode = () => ExitCode.Ok,
): Promise<ExitCode> {
  if (line.options.has('help')) {
    io.stdout(commandHelp(command));
    return ExitCode.Ok;
  }
  const paging = command.paginated ? pagingOf(line) : undefined;
  const variables = await operationVariables(
    io,
    command,
    line,
    paging === undefined ? GLOBAL_OPTIONS : PAGINATED_OPTIONS,
  );
  const { client, profile } = await connect(io, line, {
    anonymous: ANONYMOUS_OPERATIONS.has(command.operation),
  });
  const method = (client.api as unknown as Record<string, (v: unknown) => Promise<unknown>>)[
    command.operation
  ];
  if (method === undefined) throw new Error(`the SDK has no method \`${command.operation}\``);
  try {
    const result =
      paging === undefined ? await method(variables) : await fetchPages(method, variables, paging);
    printResult(io, result, output);
    return decide(result);
  } catch (error) {
    const code = reportServiceError(io, error, profile);
    if (code === undefined) throw error;
    return code;
  }
}
