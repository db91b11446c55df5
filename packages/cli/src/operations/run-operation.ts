import { type CommandLine, GLOBAL_VALUE_OPTIONS } from '../args/command-line.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import type { OutputFormat } from '../output.js';
import { connect } from '../profiles/connection.js';
import { renderResult } from '../render-result.js';
import { reportServiceError } from '../service-error.js';
import { commandHelp } from './operation-help.js';
import { operationVariables } from './operation-variables.js';
import type { OperationCommand } from './option-spec.js';

/** Options every command takes, which are not the operation's. */
const GLOBAL_OPTIONS = new Set([...GLOBAL_VALUE_OPTIONS, 'help']);
/**
 * Operations sent without a session: those that authenticate with their own arguments (a workload's credential, a
 * web identity token), and signing up, which is how a person without an account gets one.
 */
const ANONYMOUS_OPERATIONS = new Set(['assumeRoleWithWebIdentity', 'assumeWorkloadRole', 'signUp']);

/**
 * Runs a gateway operation from a command line: options become the SDK method's variables (checked before anything
 * is sent), the result is printed as JSON or a table. `decide` may turn a result into an exit code (a denied
 * `authorize` is 3).
 */
export async function runOperation(
  io: CliIo,
  command: OperationCommand,
  line: CommandLine,
  output: OutputFormat,
  decide: (result: unknown) => ExitCode = () => ExitCode.Ok,
): Promise<ExitCode> {
  if (line.options.has('help')) {
    io.stdout(commandHelp(command));
    return ExitCode.Ok;
  }
  const variables = await operationVariables(io, command, line, GLOBAL_OPTIONS);
  const { client, profile } = await connect(io, line, {
    anonymous: ANONYMOUS_OPERATIONS.has(command.operation),
  });
  const method = (client.api as unknown as Record<string, (v: unknown) => Promise<unknown>>)[
    command.operation
  ];
  if (method === undefined) throw new Error(`the SDK has no method \`${command.operation}\``);
  try {
    const result = await method(variables);
    io.stdout(renderResult(result, output));
    return decide(result);
  } catch (error) {
    const code = reportServiceError(io, error, profile);
    if (code === undefined) throw error;
    return code;
  }
}
