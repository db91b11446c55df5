import type { ErrorCode } from './error-codes.js';
import { fromStoreError } from './from-store-error.js';
import { isIamError } from './iam-error.js';

/** The code a client sees for `error`: its own, the mapped store code, or `ServiceFailure` when it is masked. */
export function errorCodeOf(error: unknown): ErrorCode {
  if (isIamError(error)) return error.code;
  return fromStoreError(error)?.code ?? 'ServiceFailure';
}
