import type { CommandLine } from '../args/command-line.js';
import { completionScript } from '../completion/completion-script.js';
import { SHELLS, type Shell } from '../completion/completion-tree.js';
import { ExitCode } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { UsageError } from '../usage-error.js';

/**
 * `iamgate completion bash|zsh|fish`: prints the shell's completion script for this version's commands, options
 * and operations (`source <(iamgate completion bash)`).
 */
export function completionCommand(io: CliIo, line: CommandLine): ExitCode {
  const shell = line.words[1];
  if (!SHELLS.includes(shell as Shell)) {
    throw new UsageError(
      `${shell === undefined ? 'completion needs a shell' : `no completion for \`${shell}\``}; use iamgate completion ${SHELLS.join('|')}`,
    );
  }
  for (const flag of line.options.keys()) {
    if (flag !== 'help') throw new UsageError(`unknown option \`--${flag}\` for \`completion\``);
  }
  io.stdout(completionScript(shell as Shell));
  return ExitCode.Ok;
}
