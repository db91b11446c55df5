/**
 * Exit codes scripts can rely on. They never change meaning.
 * - `Ok` (0): the command did what was asked.
 * - `Findings` (1): `policy validate` found at least one ERROR finding, or `policy test` a wrong decision.
 * - `Usage` (2): the command line, the input or the profile could not be understood (an unknown option, a missing
 *   `--user-name`, a file that cannot be read, no URL or no credentials); nothing was sent.
 * - `Denied` (3): an authorization decision other than Allow: `iamgate authorize`, or `policy simulate
 *   --fail-on-deny`.
 * - `ServiceError` (4): the gateway refused the operation with an error code (`NoSuchEntity`, `AccessDenied`,
 *   `EntityAlreadyExists`, `ExpiredToken`...), printed on stderr as `iamgate: <Code>: <message>`.
 * - `Unreachable` (5): the gateway could not be reached, did not answer within `--cli-read-timeout`, or what
 *   answered was not a gateway (after the SDK's retries); the operation may or may not have run.
 */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Usage: 2,
  Denied: 3,
  ServiceError: 4,
  Unreachable: 5,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
