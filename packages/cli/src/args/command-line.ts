import { UsageError } from '../usage-error.js';
import { GLOBAL_VALUE_OPTIONS } from './global-options.js';

/** A command line split into its command words and its `--options`. */
export interface CommandLine {
  /** The command words, e.g. `['iam', 'create-user']`. */
  words: string[];
  /** Each option with the values given after it, in order; `[]` for a flag given alone. */
  options: Map<string, string[]>;
}

function add(options: Map<string, string[]>, name: string, values: string[]): void {
  const previous = options.get(name);
  options.set(name, previous === undefined ? values : [...previous, ...values]);
}

/**
 * Splits `argv` the way the AWS CLI reads it. Before the command is complete (`wordsFor` tells how many words a
 * command has once its first word is known), only the global options take a value, so `--profile p iam list-users`
 * keeps `iam` as a command word. After it, an option takes every following word up to the next `--option`, which is
 * how `--tag-keys a b c` gives a list; `--name=value` is always one value.
 *
 * @example
 * parseCommandLine(['iam', 'create-user', '--user-name', 'alice'], () => 2);
 * // { words: ['iam', 'create-user'], options: Map { 'user-name' => ['alice'] } }
 */
export function parseCommandLine(argv: readonly string[], wordsFor: (first: string) => number): CommandLine {
  const words: string[] = [];
  const options = new Map<string, string[]>();
  const complete = () => words.length > 0 && words.length >= wordsFor(words[0] as string);
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === '-h') {
      add(options, 'help', []);
      continue;
    }
    if (!token.startsWith('--') || token === '--') {
      if (!complete()) {
        words.push(token);
        continue;
      }
      if (token === 'help') {
        add(options, 'help', []);
        continue;
      }
      throw new UsageError(`unexpected argument \`${token}\`; options are written \`--name value\``);
    }
    const equals = token.indexOf('=');
    const name = token.slice(2, equals === -1 ? undefined : equals);
    if (name === '') throw new UsageError(`unexpected argument \`${token}\``);
    if (equals !== -1) {
      add(options, name, [token.slice(equals + 1)]);
      continue;
    }
    const values: string[] = [];
    const greedy = complete();
    while (i + 1 < argv.length && !(argv[i + 1] as string).startsWith('--')) {
      if (!greedy && !GLOBAL_VALUE_OPTIONS.has(name)) break;
      values.push(argv[++i] as string);
      if (!greedy) break;
    }
    add(options, name, values);
  }
  return { words, options };
}

/** The one value of `--name`, if given; a usage error when it was given without one or more than once. */
export function singleValue(line: CommandLine, name: string): string | undefined {
  const values = line.options.get(name);
  if (values === undefined) return undefined;
  if (values.length !== 1) throw new UsageError(`\`--${name}\` takes one value`);
  return values[0];
}
