import { GraphQLError } from 'graphql';
import type { Logger } from '../logging/logger.js';
import { ERROR_STATUS, isErrorCode } from './error-codes.js';
import { fromStoreError } from './from-store-error.js';
import { IamError } from './iam-error.js';

/**
 * What a client may see of an error: expected errors as they are (our coded errors, GraphQL's own validation
 * errors), GraphQL's own refusals of the request's variables as `ValidationError`, store errors with a client
 * meaning under the same code, and anything else as a `ServiceFailure` that carries only the request id, the
 * original being logged under that id. No stack, SQL or driver text leaves.
 */
export function toClientError(
  error: GraphQLError,
  logger: Logger,
  requestId: string | undefined,
): GraphQLError {
  const original = error.originalError;
  if (original === undefined || original === null) return error;
  if (original instanceof GraphQLError && isErrorCode(original.extensions.code)) return error;
  if (isVariableRefusal(error)) {
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      extensions: { code: 'ValidationError', http: { status: ERROR_STATUS.ValidationError } },
    });
  }
  const mapped = fromStoreError(original);
  if (mapped !== undefined) {
    return new GraphQLError(mapped.message, {
      path: error.path,
      nodes: error.nodes,
      extensions: mapped.extensions,
    });
  }
  logger.error('unexpected error', { requestId, path: error.path?.join('.'), error: original });
  return new GraphQLError('internal failure', {
    path: error.path,
    nodes: error.nodes,
    extensions: { code: 'ServiceFailure', http: { status: ERROR_STATUS.ServiceFailure }, requestId },
  });
}

/**
 * Whether GraphQL itself refused the request's variables (a string, 2^31 or 1.5 for an `Int`, an unknown input
 * field, a missing required value): such an error has no path, since no field ran, and comes from GraphQL's
 * coercion, which raises `GraphQLError`s. A client mistake, not a fault of ours.
 */
function isVariableRefusal(error: GraphQLError): boolean {
  return error.path === undefined && error.originalError instanceof GraphQLError;
}

/** `toClientError` for errors thrown outside execution (while authenticating), which are not `GraphQLError`s yet. */
export function toClientErrorOutside(error: unknown, logger: Logger, requestId: string): IamError {
  if (error instanceof IamError) return error;
  const mapped = fromStoreError(error);
  if (mapped !== undefined) return mapped;
  logger.error('unexpected error', { requestId, error });
  return new IamError('ServiceFailure', 'internal failure', { requestId });
}
