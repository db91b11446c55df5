import { GraphQLBoolean, isNonNullType } from 'graphql';
import type { CommandLine } from '../args/command-line.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';
import { coerceOption } from './coerce-option.js';
import type { OperationCommand } from './option-spec.js';

/**
 * The SDK method's argument for a command line: its variables, or the fields of its lone `input`. Every option must
 * belong to the command (`ignore` lists the global ones), and every required one must be given; `--no-flag` sets a
 * boolean to false.
 */
export async function operationVariables(
  io: CliIo,
  command: OperationCommand,
  line: CommandLine,
  ignore: ReadonlySet<string>,
): Promise<Record<string, unknown>> {
  const variables: Record<string, unknown> = {};
  const byFlag = new Map(command.options.map((o) => [o.flag, o]));
  for (const [flag, values] of line.options) {
    if (ignore.has(flag)) continue;
    const spec = byFlag.get(flag);
    const negated = spec === undefined && flag.startsWith('no-') ? byFlag.get(flag.slice(3)) : undefined;
    if (negated !== undefined) {
      const type = isNonNullType(negated.type) ? negated.type.ofType : negated.type;
      if (type !== GraphQLBoolean || values.length > 0) {
        throw new UsageError(`\`--${flag}\` takes no value and only negates a boolean option`);
      }
      variables[negated.field] = false;
      continue;
    }
    if (spec === undefined) {
      throw new UsageError(`unknown option \`--${flag}\` for \`${command.command}\`; see its --help`);
    }
    variables[spec.field] = await coerceOption(io, spec, values);
  }
  const missing = command.options
    .filter((o) => o.required && !(o.field in variables))
    .map((o) => `--${o.flag}`);
  if (missing.length > 0) {
    throw new UsageError(`\`${command.command}\` needs ${missing.map((m) => `\`${m}\``).join(', ')}`);
  }
  return variables;
}
