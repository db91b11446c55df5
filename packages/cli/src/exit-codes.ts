/**
 * Exit codes scripts can rely on. They never change meaning.
 * - `Ok`: the command did what was asked.
 * - `Findings`: `policy validate` found at least one ERROR finding.
 * - `Usage`: the command line or the input could not be understood; nothing was done.
 * - `Denied`: `policy simulate --fail-on-deny` met a decision other than Allow.
 */
export const ExitCode = {
  Ok: 0,
  Findings: 1,
  Usage: 2,
  Denied: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
