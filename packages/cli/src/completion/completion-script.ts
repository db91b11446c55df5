import { GLOBAL_VALUE_OPTIONS } from '../args/global-options.js';
import { type CompletionNode, completionTree, OUTPUT_VALUES, type Shell } from './completion-tree.js';

/** Single quotes for the shells: names here are `[A-Za-z0-9_-]`, so quoting is only belt and braces. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `case` branches of a POSIX-style shell function printing the words of each path. */
function posixCase(name: string, entries: readonly [string, readonly string[]][]): string {
  const branches = entries
    .filter(([, words]) => words.length > 0)
    .map(([key, words]) => `    ${quote(key)}) echo ${quote(words.join(' '))} ;;\n`)
    .join('');
  return `${name}() {\n  case "$*" in\n${branches}  esac\n}\n`;
}

/** The data functions bash and zsh share: commands and options per path, values per option. */
function posixData(nodes: readonly CompletionNode[]): string {
  const values = nodes.flatMap((n) =>
    Object.entries(n.values).map(
      ([option, words]) => [`${n.path} ${option}`, words] as [string, readonly string[]],
    ),
  );
  return [
    posixCase(
      '_iamgate_commands',
      nodes.map((n) => [n.path, n.commands]),
    ),
    posixCase(
      '_iamgate_options',
      nodes.map((n) => [n.path, n.options]),
    ),
    posixCase('_iamgate_values', values),
  ].join('\n');
}

const VALUE_OPTIONS = [...GLOBAL_VALUE_OPTIONS].map((o) => `--${o}`);

/**
 * The command words of the line before the cursor: each word that is a command of the words before it, skipping
 * options and the values of the global options (`--profile iam` names a profile). `$1` is the index of the first
 * word after `iamgate`, `$2` the index of the word being completed.
 */
const POSIX_WALK = `_iamgate_path() {
  local cmd="" word i
  for ((i = $1; i < $2; i++)); do
    word="\${_iamgate_words[i]}"
    case "$word" in
      ${VALUE_OPTIONS.join('|')}) ((i++)); continue ;;
      -*) continue ;;
    esac
    case " $(_iamgate_commands "$cmd") " in
      *" $word "*) cmd="\${cmd:+$cmd }$word" ;;
    esac
  done
  echo "$cmd"
}

_iamgate_profiles() {
  local file="\${IAMGATE_CONFIG_DIR:-$HOME/.iamgate}/credentials"
  [[ -r $file ]] && sed -n 's/^[[:space:]]*\\[\\([^]]*\\)\\][[:space:]]*$/\\1/p' "$file"
}

# What to offer: the values of the option before the cursor, else options, else the next command words; an empty
# answer leaves the shell to complete file names.
_iamgate_candidates() {
  local cmd="$1" prev="$2" cur="$3" values
  case "$prev" in
    --profile) _iamgate_profiles; return ;;
    --output) echo ${OUTPUT_VALUES.join(' ')}; return ;;
    ${VALUE_OPTIONS.filter((o) => o !== '--profile' && o !== '--output' && o !== '--kind').join('|')}) return ;;
  esac
  values="$(_iamgate_values "$cmd" "$prev")"
  if [[ -n $values ]]; then echo "$values"; return; fi
  if [[ $cur == -* ]]; then _iamgate_options "$cmd"; return; fi
  _iamgate_commands "$cmd"
}
`;

function header(shell: Shell, install: string): string {
  return (
    `# iamgate completion for ${shell}, written by \`iamgate completion ${shell}\` from the commands of this version.\n` +
    `${install}\n` +
    '# Write it again after upgrading iamgate: the operations of its gateway schema are listed here.\n'
  );
}

function bash(nodes: readonly CompletionNode[]): string {
  return `${header(
    'bash',
    '# Load it now: source <(iamgate completion bash)\n# Or for every shell: iamgate completion bash > ~/.local/share/bash-completion/completions/iamgate',
  )}
${posixData(nodes)}
${POSIX_WALK}
_iamgate_complete() {
  local -a _iamgate_words=("\${COMP_WORDS[@]}")
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="" cmd
  ((COMP_CWORD > 0)) && prev="\${COMP_WORDS[COMP_CWORD - 1]}"
  cmd="$(_iamgate_path 1 "$COMP_CWORD")"
  COMPREPLY=($(compgen -W "$(_iamgate_candidates "$cmd" "$prev" "$cur")" -- "$cur"))
}

complete -o default -F _iamgate_complete iamgate
`;
}

function zsh(nodes: readonly CompletionNode[]): string {
  return `#compdef iamgate
${header(
  'zsh',
  '# Load it now: source <(iamgate completion zsh)   (after compinit)\n# Or for every shell: iamgate completion zsh > "$fpath[1]/_iamgate"',
)}
${posixData(nodes)}
${POSIX_WALK}
_iamgate() {
  # zsh's $words is 1-based with the command first: the words after it are 2 to CURRENT - 1.
  local -a _iamgate_words=("\${(@)words}")
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}" cmd candidates
  cmd="$(_iamgate_path 2 "$CURRENT")"
  candidates="$(_iamgate_candidates "$cmd" "$prev" "$cur")"
  if [[ -n $candidates ]]; then
    compadd -- \${=candidates}
  else
    _files
  fi
}

if [[ "\${funcstack[1]}" == _iamgate ]]; then
  _iamgate "$@"
else
  compdef _iamgate iamgate
fi
`;
}

/** A fish `switch` printing the words of each path, one per line. */
function fishSwitch(name: string, entries: readonly [string, readonly string[]][]): string {
  const branches = entries
    .filter(([, words]) => words.length > 0)
    .map(
      ([key, words]) =>
        `        case ${quote(key)}\n            printf '%s\\n' ${words.map(quote).join(' ')}\n`,
    )
    .join('');
  return `function ${name}\n    switch "$argv"\n${branches}    end\nend\n`;
}

function fish(nodes: readonly CompletionNode[]): string {
  const values = nodes.flatMap((n) =>
    Object.entries(n.values).map(
      ([option, words]) => [`${n.path} ${option}`, words] as [string, readonly string[]],
    ),
  );
  return `${header(
    'fish',
    '# Load it now: iamgate completion fish | source\n# Or for every shell: iamgate completion fish > ~/.config/fish/completions/iamgate.fish',
  )}
${fishSwitch(
  '__iamgate_commands',
  nodes.map((n) => [n.path, n.commands]),
)}
${fishSwitch(
  '__iamgate_options',
  nodes.map((n) => [n.path, n.options]),
)}
${fishSwitch('__iamgate_values', values)}
# The command words before the cursor (see the bash script for the rule).
function __iamgate_path
    set -l cmd
    set -l skip 0
    for word in (commandline -opc)[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $word
            case ${VALUE_OPTIONS.join(' ')}
                set skip 1
                continue
            case '-*'
                continue
        end
        if contains -- $word (__iamgate_commands (string join ' ' $cmd))
            set -a cmd $word
        end
    end
    string join ' ' $cmd
end

function __iamgate_candidates
    set -l cmd (__iamgate_path)
    set -l prev (commandline -opc)[-1]
    set -l cur (commandline -ct)
    switch $prev
        case --profile
            set -l file (set -q IAMGATE_CONFIG_DIR; and echo $IAMGATE_CONFIG_DIR; or echo ~/.iamgate)/credentials
            test -r $file; and string replace -rf '^\\s*\\[([^]]*)\\]\\s*$' '$1' < $file
            return
        case --output
            printf '%s\\n' ${OUTPUT_VALUES.join(' ')}
            return
        case ${VALUE_OPTIONS.filter((o) => o !== '--profile' && o !== '--output' && o !== '--kind').join(' ')}
            return
    end
    set -l values (__iamgate_values "$cmd $prev")
    if test (count $values) -gt 0
        printf '%s\\n' $values
    else if string match -q -- '-*' $cur
        __iamgate_options "$cmd"
    else
        set -l commands (__iamgate_commands "$cmd")
        if test (count $commands) -gt 0
            printf '%s\\n' $commands
        else
            __fish_complete_path $cur
        end
    end
end

complete -c iamgate -f -a '(__iamgate_candidates)'
`;
}

/**
 * The completion script of `shell`, generated from the commands this version knows (the static commands and every
 * operation of its schema): command words, options (with `--no-paginate` and the paging options where an operation
 * pages), the values of `--output`, `--kind` and enum options, profile names from the credentials file, and file
 * names elsewhere.
 *
 * @example
 * completionScript('bash'); // "# iamgate completion for bash ...\n_iamgate_commands() {\n  case \"$*\" in ..."
 */
export function completionScript(shell: Shell): string {
  const nodes = completionTree();
  if (shell === 'bash') return bash(nodes);
  if (shell === 'zsh') return zsh(nodes);
  return fish(nodes);
}
