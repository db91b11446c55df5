/**
 * The stable error codes of iamgate and the HTTP status each one answers with: the gateway's `extensions.code`
 * (printed into its schema as the `ErrorCode` enum, from which the SDK generates its error classes) and the codes
 * `@iamgate/middleware` refuses a request with. Most are AWS IAM/STS error names
 * (`IAM/latest/APIReference/CommonErrors.html` and the `Errors` section of each action's page) so that people and
 * SDKs can branch on what they already know; the rest are named in the same style.
 *
 * CAUTION: these codes are a public contract: apps, the SDK and the CLI branch on them. A code may be added, never
 * renamed, and its status never changed.
 */

/** One stable error code: the HTTP status it answers with and what it means. */
export interface ErrorCodeEntry {
  status: number;
  /** What the code means, for people: the schema's description of the `ErrorCode` value. */
  description: string;
}

/** Every stable error code, with its status and description. */
export const ERROR_CODE_TABLE = {
  AccessDenied: {
    status: 403,
    description: "The caller's policies do not allow the action on the resource.",
  },
  NoSuchEntity: {
    status: 404,
    description: 'The named entity does not exist (or the caller may not learn that it does).',
  },
  EntityAlreadyExists: {
    status: 409,
    description: 'An entity with that name already exists.',
  },
  LimitExceeded: {
    status: 409,
    description:
      'A quota would be exceeded (e.g. 2 access keys per user, 5 policy versions, 10 groups per user).',
  },
  DeleteConflict: {
    status: 409,
    description:
      'The entity still has subordinate entities (attached policies, members, keys...) and cannot be ' +
      'deleted.',
  },
  MalformedPolicyDocument: {
    status: 400,
    description:
      'The policy document is not valid JSON or fails validation; `extensions.findings` lists why.',
  },
  InvalidInput: {
    status: 400,
    description: 'An argument is out of range or badly formed.',
  },
  ValidationError: {
    status: 400,
    description:
      "The input fails a constraint (AWS's common `ValidationError`): an STS argument out of range, a " +
      'variable of the wrong type, JSON nested too deep, text with a NUL or a lone surrogate.',
  },
  PackedPolicyTooLarge: {
    status: 400,
    description:
      'The session policies (inline text and managed ARNs) exceed 2,048 characters ' +
      '(`API_AssumeRole.html`).',
  },
  PasswordPolicyViolation: {
    status: 400,
    description: 'The password does not satisfy the account password policy.',
  },
  Unauthenticated: {
    status: 401,
    description: 'The request carries no credentials but needs them.',
  },
  InvalidClientTokenId: {
    status: 401,
    description:
      'The credentials are not valid: unknown, malformed or badly signed token, or a sign-in that ' +
      'failed.',
  },
  ExpiredToken: {
    status: 401,
    description:
      'The session token has expired or its session was revoked; for `assumeRoleWithWebIdentity`, the ' +
      'web identity token has expired (`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`, ' +
      '`ExpiredTokenException`).',
  },
  InvalidIdentityToken: {
    status: 400,
    description:
      'The web identity token given to `assumeRoleWithWebIdentity` could not be validated: not a JWT, ' +
      "no provider of the role's account for its issuer, a signature that does not verify with the " +
      "issuer's keys, an audience that is not a client ID of the provider, not valid yet " +
      '(`API_AssumeRoleWithWebIdentity.html`).',
  },
  IDPCommunicationError: {
    status: 502,
    description:
      "The identity provider's issuer could not be read in time: unreachable, too slow, an answer too " +
      'large or not the discovery document and key set it must be ' +
      '(`API_AssumeRoleWithWebIdentity.html`). Retrying later may help.',
  },
  MfaRequired: {
    status: 401,
    description:
      'The password was right but the principal has an MFA device enabled: sign in again with its ' +
      "current code (`mfaCode`). iamgate's name; the AWS console asks for the code on a second page.",
  },
  InvalidAuthenticationCode: {
    status: 403,
    description:
      'The MFA codes given to `enableMFADevice` or `resyncMFADevice` are not two consecutive current ' +
      'codes of the device (`API_EnableMFADevice.html`); attempts are throttled like passwords.',
  },
  Throttling: {
    status: 429,
    description: 'Too many failed sign-ins for this principal or source address; try again later.',
  },
  ConcurrentModification: {
    status: 409,
    description: 'Another request changed the same entity at the same time; retry.',
  },
  QueryTooComplex: {
    status: 400,
    description: 'The operation is too deep, too wide, too long or too costly to run.',
  },
  UnsupportedMediaType: {
    status: 415,
    description:
      'A POST body that is not JSON (`application/json`): forms and text could be sent by any web page.',
  },
  PersistedDocumentNotFound: {
    status: 400,
    description:
      'The request names a trusted document (`documentId`, or `extensions.persistedQuery.sha256Hash`) that this ' +
      "gateway does not know: send the document's text instead (the SDK does so by itself).",
  },
  UntrustedDocument: {
    status: 400,
    description:
      'The gateway runs only its trusted documents (`IAMGATE_TRUSTED_DOCUMENTS=only`), the operations of the ' +
      "SDK, and the request's document is not one of them.",
  },
  ReportNotPresent: {
    status: 410,
    description:
      'The account has no credential report: generate one with `generateCredentialReport` first ' +
      '(`API_GetCredentialReport.html`).',
  },
  ReportExpired: {
    status: 410,
    description:
      "The account's latest credential report is more than four hours old: generate a new one with " +
      '`generateCredentialReport` (`API_GetCredentialReport.html`, `id_credentials_getting-' +
      'report.html`).',
  },
  ServiceFailure: {
    status: 500,
    description:
      "An unexpected failure; details are in the gateway's logs under the request id (in an app, what " +
      "`@iamgate/middleware`'s `onError` hook was given).",
  },
  ServiceUnavailable: {
    status: 503,
    description:
      "The gateway could not answer in time or its database is unreachable (AWS's `ServiceUnavailable`," +
      " `CommonErrors.html`); retry after the `Retry-After` header's seconds. A failed database call " +
      'committed nothing, but a mutation that outlived the request deadline may still complete: check ' +
      'before repeating it. From `@iamgate/middleware`: the signing keys, the revocation state or a current ' +
      'decision could not be obtained, so nothing can be trusted right now.',
  },
} as const satisfies Readonly<Record<string, ErrorCodeEntry>>;

/** A stable error code (`AccessDenied`, `NoSuchEntity`, ...). */
export type ErrorCode = keyof typeof ERROR_CODE_TABLE;

/** The HTTP status of each code. */
export const ERROR_STATUS = Object.fromEntries(
  Object.entries(ERROR_CODE_TABLE).map(([code, entry]) => [code, entry.status]),
) as { readonly [C in ErrorCode]: (typeof ERROR_CODE_TABLE)[C]['status'] };

/** Every error code, in the table's order. */
export const ERROR_CODES = Object.keys(ERROR_CODE_TABLE) as ErrorCode[];

/** Whether `code` is one of the stable error codes. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODE_TABLE, code);
}

/**
 * How a code's HTTP status is written at the end of its description in the schema (`ErrorCode` value
 * descriptions), so that a client generated from the schema alone knows it.
 */
const STATUS_LINE = /(?:^|\n)HTTP status: (\d{3})\.$/;

/**
 * The schema description of an `ErrorCode` value: what it means, then a last line `HTTP status: 403.`.
 *
 * @example
 * errorCodeDescription(ERROR_CODE_TABLE.AccessDenied);
 * // "The caller's policies do not allow the action on the resource.\nHTTP status: 403."
 */
export function errorCodeDescription(entry: ErrorCodeEntry): string {
  return `${entry.description}\nHTTP status: ${entry.status}.`;
}

/**
 * The entry of a description written by `errorCodeDescription`, or undefined when it does not end with the status.
 *
 * @example
 * readErrorCodeDescription('Not found.\nHTTP status: 404.'); // { status: 404, description: 'Not found.' }
 */
export function readErrorCodeDescription(text: string): ErrorCodeEntry | undefined {
  const match = STATUS_LINE.exec(text);
  if (match === null) return undefined;
  return { status: Number(match[1]), description: text.slice(0, match.index) };
}
