import { GraphQLError } from 'graphql';
import { ERROR_STATUS, type ErrorCode } from './error-codes.js';

/** Extra fields an error may carry in `extensions` next to `code` and `http`. */
export type ErrorDetails = Record<string, unknown>;

/**
 * An expected failure: a `GraphQLError` with a stable `extensions.code` and the matching `extensions.http.status`,
 * which graphql-yoga uses for the HTTP status of the response. Unexpected errors are never of this class and are
 * masked (see `use-error-masking.ts`).
 */
export class IamError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
    headers?: Record<string, string>,
  ) {
    super(message, {
      extensions: {
        ...details,
        code,
        http:
          headers === undefined ? { status: ERROR_STATUS[code] } : { status: ERROR_STATUS[code], headers },
      },
    });
    this.name = 'IamError';
    this.code = code;
  }
}

/**
 * Builds an `IamError`.
 *
 * @example
 * throw iamError('NoSuchEntity', `the user with name \`${name}\` cannot be found`);
 */
export function iamError(code: ErrorCode, message: string, details?: ErrorDetails): IamError {
  return new IamError(code, message, details);
}

/** Whether `error` is an `IamError`, also across duplicate copies of this module. */
export function isIamError(error: unknown): error is IamError {
  return (
    error instanceof IamError || (error instanceof Error && error.name === 'IamError' && 'code' in error)
  );
}
