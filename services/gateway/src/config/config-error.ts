/** One environment variable that could not be used, with the reason. */
export interface ConfigIssue {
  /** The environment variable, e.g. `PORT`. */
  variable: string;
  /** Lowercase, no trailing period, e.g. ``must be an integer between 1 and 65535, got `abc` ``. */
  message: string;
}

/**
 * Thrown by `loadConfig` when the environment is invalid. It lists every problem at once so that a person fixing
 * their environment does not have to restart once per mistake.
 */
export class ConfigError extends Error {
  readonly code = 'InvalidConfiguration';
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(`invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}
