import { getNamedType, isEnumType } from 'graphql';
import { GLOBAL_FLAGS, GLOBAL_VALUE_OPTIONS, PAGINATION_OPTIONS } from '../args/global-options.js';
import { POLICY_COMMANDS } from '../args/policy-options.js';
import { CONFIGURE_OPTIONS } from '../commands/configure.js';
import { POLICY_KINDS } from '../commands/policy-validate.js';
import { SIGN_IN_OPTIONS } from '../commands/sign-in.js';
import { commandsOf, findCommand } from '../operations/operation-catalog.js';
import type { OperationCommand } from '../operations/option-spec.js';

/** What may follow the command words `path` on an `iamgate` command line. */
export interface CompletionNode {
  /** The command words, `''` for `iamgate` itself, `'iam create-user'` for an operation. */
  path: string;
  /** The command words that may come next (none for a complete command). */
  commands: readonly string[];
  /** The options, with their dashes. */
  options: readonly string[];
  /** The values some options take (`--status` of `update-access-key`: `Active Inactive`). */
  values: Readonly<Record<string, readonly string[]>>;
}

/** The shell completions: the formats `--output` takes, and the shells `iamgate completion` writes for. */
export const OUTPUT_VALUES = ['json', 'table', 'text'] as const;
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Every option of every command takes these; `--no-paginate` only means something to a paginated one. */
const GLOBALS = [...GLOBAL_VALUE_OPTIONS, ...GLOBAL_FLAGS].filter(
  (o) => o !== 'kind' && o !== 'no-paginate' && o !== 'version',
);

/** A command's own options, without the global ones its option set also accepts. */
const own = (options: Iterable<string>) =>
  [...options].filter((o) => !GLOBAL_VALUE_OPTIONS.has(o) && !GLOBAL_FLAGS.has(o));

const dashed = (names: Iterable<string>) => [...new Set(names)].map((n) => `--${n}`);

function node(
  path: string,
  options: Iterable<string>,
  commands: readonly string[] = [],
  values: Record<string, readonly string[]> = {},
  globals: readonly string[] = GLOBALS,
): CompletionNode {
  return { path, commands, options: dashed([...options, ...globals]), values };
}

/** An operation's options, its paging options when it pages, and the values of its enum options. */
function operationNode(path: string, command: OperationCommand): CompletionNode {
  const values: Record<string, readonly string[]> = {};
  const flags: string[] = [];
  for (const option of command.options) {
    flags.push(option.flag);
    const type = getNamedType(option.type);
    if (isEnumType(type)) values[`--${option.flag}`] = type.getValues().map((v) => v.name);
  }
  const paging = command.paginated ? [...PAGINATION_OPTIONS, 'no-paginate'] : [];
  return node(path, [...flags, ...paging], [], values);
}

/**
 * Every command path of the CLI with its next words and options: the static commands, and every operation of the
 * catalog (so a completion script written by this version knows every operation of its schema).
 */
export function completionTree(): CompletionNode[] {
  const groups = ['iam', 'sts', 'organizations'] as const;
  const nodes: CompletionNode[] = [
    node(
      '',
      ['version'],
      [
        'configure',
        'sign-in',
        'sign-out',
        'sign-up',
        ...groups,
        'authorize',
        'services',
        'policy',
        'completion',
        'help',
      ],
    ),
    node('configure', own(CONFIGURE_OPTIONS)),
    node('sign-in', own(SIGN_IN_OPTIONS)),
    node('sign-out', []),
    node('services', [], ['push']),
    node('services push', []),
    node('policy', [], Object.keys(POLICY_COMMANDS)),
    ...Object.entries(POLICY_COMMANDS).map(([name, options]) =>
      node(`policy ${name}`, options, [], name === 'validate' ? { '--kind': POLICY_KINDS } : {}),
    ),
    // Printing a script reads no profile and sends nothing: `--help` is its only option.
    node('completion', ['help'], SHELLS, {}, []),
    ...SHELLS.map((shell) => node(`completion ${shell}`, ['help'], [], {}, [])),
  ];
  for (const single of ['sign-up', 'authorize'] as const) {
    const command = findCommand(single, single);
    if (command !== undefined) nodes.push(operationNode(single, command));
  }
  for (const group of groups) {
    const commands = commandsOf(group);
    nodes.push(node(group, [], [...commands.map((c) => c.command), 'help']));
    for (const command of commands) nodes.push(operationNode(`${group} ${command.command}`, command));
  }
  return nodes;
}
