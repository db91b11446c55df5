import type { GatewayErrorByCode } from '../generated/errors.js';
import { IAMGATE_ERROR_BRAND, IamgateError, type IamgateErrorCode } from './iamgate-error.js';
import type { SdkErrorByCode } from './sdk-errors.js';

/** The error class of every code, gateway and SDK: `IamgateErrorByCode['NoSuchEntity']` is `NoSuchEntityError`. */
export type IamgateErrorByCode = GatewayErrorByCode & SdkErrorByCode;

/**
 * Whether `error` is an error of the SDK, optionally with the given code; narrows to the code's class. Also true for
 * errors from another copy of the SDK in the same process, where `instanceof` fails.
 *
 * @example
 * try {
 *   await client.api.getUser({ userName: 'alice' });
 * } catch (error) {
 *   if (isIamgateError(error, 'NoSuchEntity')) return undefined;
 *   throw error;
 * }
 */
export function isIamgateError(error: unknown): error is IamgateError;
export function isIamgateError<C extends IamgateErrorCode>(
  error: unknown,
  code: C,
): error is IamgateErrorByCode[C];
export function isIamgateError(error: unknown, code?: IamgateErrorCode): boolean {
  const ours =
    error instanceof IamgateError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { [IAMGATE_ERROR_BRAND]?: unknown })[IAMGATE_ERROR_BRAND] === true);
  return ours && (code === undefined || (error as IamgateError).code === code);
}
