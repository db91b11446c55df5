/**
 * The gateway's stable error codes are `@iamgate/policy/contracts`' table, shared with `@iamgate/middleware`; the
 * schema carries them as the `ErrorCode` enum (`schema/common/error-code.ts`), from which the SDK is generated.
 */
export { ERROR_CODES, ERROR_STATUS, type ErrorCode, isErrorCode } from '@iamgate/policy/contracts';
