/**
 * The stable error codes of the gateway and the HTTP status each one answers with. Most are AWS IAM/STS error
 * names (`IAM/latest/APIReference/CommonErrors.html` and the `Errors` section of each action's page) so that people
 * and SDKs can branch on what they already know; the rest are named in the same style.
 *
 * CAUTION: these codes are a public contract: the SDK generates its error classes from this table.
 */
export const ERROR_STATUS = {
  /** The caller's policies do not allow the action on the resource. */
  AccessDenied: 403,
  /** The named entity does not exist (or the caller may not learn that it does). */
  NoSuchEntity: 404,
  /** An entity with that name already exists. */
  EntityAlreadyExists: 409,
  /** A quota would be exceeded (e.g. 2 access keys per user, 5 policy versions, 10 groups per user). */
  LimitExceeded: 409,
  /** The entity still has subordinate entities (attached policies, members, keys...) and cannot be deleted. */
  DeleteConflict: 409,
  /** The policy document is not valid JSON or fails validation; `extensions.findings` lists why. */
  MalformedPolicyDocument: 400,
  /** An argument is out of range or badly formed. */
  InvalidInput: 400,
  /**
   * The input fails a constraint (AWS's common `ValidationError`): an STS argument out of range, a variable of the
   * wrong type, JSON nested too deep, text with a NUL or a lone surrogate.
   */
  ValidationError: 400,
  /** The session policies (inline text and managed ARNs) exceed 2,048 characters (`API_AssumeRole.html`). */
  PackedPolicyTooLarge: 400,
  /** The password does not satisfy the account password policy. */
  PasswordPolicyViolation: 400,
  /** The request carries no credentials but needs them. */
  Unauthenticated: 401,
  /** The credentials are not valid: unknown, malformed or badly signed token, or a sign-in that failed. */
  InvalidClientTokenId: 401,
  /**
   * The session token has expired or its session was revoked; for `assumeRoleWithWebIdentity`, the web identity
   * token has expired (`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`, `ExpiredTokenException`).
   */
  ExpiredToken: 401,
  /**
   * The web identity token given to `assumeRoleWithWebIdentity` could not be validated: not a JWT, no provider of the
   * role's account for its issuer, a signature that does not verify with the issuer's keys, an audience that is not
   * a client ID of the provider, not valid yet (`API_AssumeRoleWithWebIdentity.html`).
   */
  InvalidIdentityToken: 400,
  /**
   * The identity provider's issuer could not be read in time: unreachable, too slow, an answer too large or not
   * the discovery document and key set it must be (`API_AssumeRoleWithWebIdentity.html`). Retrying later may help.
   */
  IDPCommunicationError: 502,
  /**
   * The password was right but the principal has an MFA device enabled: sign in again with its current code
   * (`mfaCode`). iamgate's name; the AWS console asks for the code on a second page.
   */
  MfaRequired: 401,
  /**
   * The MFA codes given to `enableMFADevice` or `resyncMFADevice` are not two consecutive current codes of the
   * device (`API_EnableMFADevice.html`); attempts are throttled like passwords.
   */
  InvalidAuthenticationCode: 403,
  /** Too many failed sign-ins for this principal or source address; try again later. */
  Throttling: 429,
  /** Another request changed the same entity at the same time; retry. */
  ConcurrentModification: 409,
  /** The operation is too deep, too wide, too long or too costly to run. */
  QueryTooComplex: 400,
  /** A POST body that is not JSON (`application/json`): forms and text could be sent by any web page. */
  UnsupportedMediaType: 415,
  /**
   * The account has no credential report: generate one with `generateCredentialReport` first
   * (`API_GetCredentialReport.html`).
   */
  ReportNotPresent: 410,
  /**
   * The account's latest credential report is more than four hours old: generate a new one with
   * `generateCredentialReport` (`API_GetCredentialReport.html`, `id_credentials_getting-report.html`).
   */
  ReportExpired: 410,
  /** An unexpected failure; details are in the gateway's logs under the request id. */
  ServiceFailure: 500,
  /**
   * The gateway could not answer in time or its database is unreachable (AWS's `ServiceUnavailable`,
   * `CommonErrors.html`); retry after the `Retry-After` header's seconds. A failed database call committed nothing,
   * but a mutation that outlived the request deadline may still complete: check before repeating it.
   */
  ServiceUnavailable: 503,
} as const;

/** A stable error code of the gateway. */
export type ErrorCode = keyof typeof ERROR_STATUS;

/** Every error code, for tests and generated clients. */
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** Whether `code` is one of the gateway's own error codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_STATUS, code);
}
