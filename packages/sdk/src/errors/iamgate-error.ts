import type { ErrorCode } from '../generated/errors.js';
import { errorClassName } from './error-class-name.js';
import type { SdkErrorCode } from './sdk-error-codes.js';

/**
 * Every code an `IamgateError` can carry: the gateway's (the schema's `ErrorCode`: `AccessDenied`, `NoSuchEntity`,
 * ...) and the SDK's own.
 */
export type IamgateErrorCode = ErrorCode | SdkErrorCode;

/** What an error carries besides its code and message. */
export interface IamgateErrorOptions {
  /** The HTTP status the gateway answers this code with (for SDK errors, the status received, if any). */
  httpStatus?: number;
  /** The gateway's request id (`x-request-id`), to find the request in the gateway's logs and audit trail. */
  requestId?: string;
  /** The error's `extensions` as the gateway sent them (`findings` of a malformed policy, `entity`, ...). */
  extensions?: Readonly<Record<string, unknown>>;
  /** The path of the field that failed, e.g. `['createUser']`. */
  path?: readonly (string | number)[];
  cause?: unknown;
}

/** Marks SDK errors so that `isIamgateError` recognises them across duplicate copies of this package. */
export const IAMGATE_ERROR_BRAND: unique symbol = Symbol.for('@iamgate/sdk/IamgateError') as never;

/**
 * The base class of every error the SDK throws. `code` is stable and is what to branch on (or use
 * `isIamgateError(error, 'NoSuchEntity')`); the message is for people and may change.
 *
 * @example
 * try {
 *   await client.api.getUser({ userName: 'alice' });
 * } catch (error) {
 *   if (error instanceof IamgateError) console.error(error.code, error.requestId);
 * }
 */
export class IamgateError<C extends IamgateErrorCode = IamgateErrorCode> extends Error {
  /** The stable error code. */
  readonly code: C;
  /** See `IamgateErrorOptions.httpStatus`. */
  readonly httpStatus: number | undefined;
  /** See `IamgateErrorOptions.requestId`. */
  readonly requestId: string | undefined;
  /** See `IamgateErrorOptions.extensions`. */
  readonly extensions: Readonly<Record<string, unknown>>;
  /** See `IamgateErrorOptions.path`. */
  readonly path: readonly (string | number)[] | undefined;
  readonly [IAMGATE_ERROR_BRAND] = true;

  constructor(code: C, message: string, options: IamgateErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // Named from the code (see `errorClassName`) rather than the constructor, which minifiers rename.
    this.name = errorClassName(code);
    this.code = code;
    this.httpStatus = options.httpStatus;
    this.requestId = options.requestId;
    this.extensions = options.extensions ?? {};
    this.path = options.path;
  }
}
