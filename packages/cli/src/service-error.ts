import { isIamgateError } from '@iamgate/sdk';
import { ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';

/** SDK codes for a request that never reached a gateway, or reached something else. */
const UNREACHABLE = new Set(['Network', 'UnexpectedResponse']);
/** SDK codes for a problem on this side: nothing was run. */
const LOCAL = new Set(['InvalidRequest', 'MissingCredentials', 'InvalidConfiguration']);
/** Codes after which signing in again is the fix. */
const SIGN_IN_AGAIN = new Set(['ExpiredToken', 'Unauthenticated', 'InvalidClientTokenId']);

/**
 * Reports an error of the SDK on stderr as `iamgate: <Code>: <message>` (the AWS CLI prints `An error occurred
 * (AccessDenied) ...`; one `Code:` prefix is easier to grep) and returns its exit code; `undefined` for any other
 * error. A malformed policy's findings follow, one per line.
 */
export function reportServiceError(io: CliIo, error: unknown, profile?: string): ExitCode | undefined {
  if (!isIamgateError(error)) return undefined;
  // For a gateway that was not reached, the last attempt's failure says why: refused, or no answer in time.
  const cause = UNREACHABLE.has(error.code) && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  io.stderr(`iamgate: ${error.code}: ${error.message}${cause}\n`);
  const findings = error.extensions.findings;
  if (Array.isArray(findings)) {
    for (const finding of findings as {
      severity?: string;
      code?: string;
      path?: string;
      message?: string;
    }[]) {
      io.stderr(
        `  ${finding.severity ?? ''} ${finding.code ?? ''} ${finding.path ?? ''} ${finding.message ?? ''}\n`,
      );
    }
  }
  if (SIGN_IN_AGAIN.has(error.code)) {
    io.stderr(
      `iamgate: sign in again: iamgate sign-in${profile && profile !== 'default' ? ` --profile ${profile}` : ''}\n`,
    );
  }
  if (UNREACHABLE.has(error.code)) return ExitCode.Unreachable;
  if (LOCAL.has(error.code)) return ExitCode.Usage;
  return ExitCode.ServiceError;
}
