import { GATEWAY_ERROR_CLASSES } from '../generated/errors.js';
import type { IamgateError, IamgateErrorOptions } from './iamgate-error.js';
import { InvalidRequestError, UnrecognizedError } from './sdk-errors.js';

/** One entry of a GraphQL response's `errors`, as received. */
export interface GraphqlErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

/** What the HTTP response tells about the error besides its body. */
export interface ResponseMeta {
  httpStatus: number;
  /** The `x-request-id` response header. */
  requestId: string | undefined;
}

/** Codes GraphQL servers (graphql-yoga, Apollo) give errors raised before execution. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
]);

function isGatewayCode(code: unknown): code is keyof typeof GATEWAY_ERROR_CLASSES {
  return typeof code === 'string' && Object.hasOwn(GATEWAY_ERROR_CLASSES, code);
}

/**
 * The typed error for one GraphQL error of a response: the gateway's code picks the class (`AccessDenied` ->
 * `AccessDeniedError`); an error of GraphQL itself (no code, or one of GraphQL's request codes, with no field path)
 * becomes `InvalidRequestError`; any other code `UnrecognizedError`.
 */
export function errorFromGraphql(body: GraphqlErrorBody, meta: ResponseMeta): IamgateError {
  const extensions = body.extensions ?? {};
  const code = extensions.code;
  const options: IamgateErrorOptions = {
    // A masked `ServiceFailure` carries the id in its extensions too; both are the same id.
    requestId: typeof extensions.requestId === 'string' ? extensions.requestId : meta.requestId,
    extensions,
    ...(body.path === undefined ? {} : { path: body.path }),
  };
  const message = typeof body.message === 'string' ? body.message : 'the gateway answered an error';
  if (isGatewayCode(code)) return new GATEWAY_ERROR_CLASSES[code](message, options);
  const requestLevel = body.path === undefined || body.path.length === 0;
  if ((code === undefined && requestLevel) || (typeof code === 'string' && REQUEST_CODES.has(code))) {
    return new InvalidRequestError(message, {
      ...options,
      httpStatus: Math.max(meta.httpStatus, 400),
    });
  }
  return new UnrecognizedError(message, { ...options, httpStatus: meta.httpStatus });
}
