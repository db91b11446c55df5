export {
  ERROR_CODE_TABLE,
  ERROR_CODES,
  ERROR_STATUS,
  type ErrorCode,
  type ErrorCodeEntry,
  errorCodeDescription,
  isErrorCode,
  readErrorCodeDescription,
} from './error-codes.js';
export {
  type ActionFieldAuthorization,
  type FieldAuthorization,
  isPublicField,
  type PublicFieldAuthorization,
} from './field-authorization.js';
export {
  isSessionClaims,
  type PrincipalType,
  REGISTERED_CLAIMS,
  type SessionClaims,
  type SessionClaimsInput,
  sessionClaimsProblem,
  sessionMfa,
} from './session-claims.js';
