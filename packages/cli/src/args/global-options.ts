/**
 * Options every command takes, each with one value, anywhere on the line: before the command too, as in
 * `iamgate --profile ci iam list-users`. An operation whose option would have one of these names is renamed in the
 * catalog (`--url` of `create-open-id-connect-provider` is `--issuer-url`).
 */
export const GLOBAL_VALUE_OPTIONS: ReadonlySet<string> = new Set([
  'profile',
  'output',
  'url',
  'kind',
  'query',
  'cli-read-timeout',
]);

/** Flags every command takes: `--help`, `--version`, and `--no-paginate` (ignored by commands that do not page). */
export const GLOBAL_FLAGS: ReadonlySet<string> = new Set(['help', 'version', 'no-paginate']);

/** The options of a command whose operation is paginated, named as the AWS CLI names them. */
export const PAGINATION_OPTIONS: ReadonlySet<string> = new Set(['max-items', 'page-size', 'starting-token']);

/** Every option name the CLI gives a meaning of its own, which no operation option may take. */
export const RESERVED_OPTIONS: ReadonlySet<string> = new Set([
  ...GLOBAL_VALUE_OPTIONS,
  ...GLOBAL_FLAGS,
  ...PAGINATION_OPTIONS,
]);
