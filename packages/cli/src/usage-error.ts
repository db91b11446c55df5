/** A command line or input the CLI cannot act on. Reported on stderr with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'ERR_USAGE';
}
