/**
 * The error codes the SDK raises itself, for failures that never reached the gateway or that it could not read.
 * They are kept apart from the gateway's codes (`ErrorCode`); generation refuses a gateway code of the same
 * name.
 */
export const SDK_ERROR_CODES = [
  /** The gateway could not be reached, or a proxy answered 502/503/504, on every attempt. */
  'Network',
  /** The gateway answered something that is not a GraphQL response (an HTML error page, a 404). */
  'UnexpectedResponse',
  /**
   * The gateway refused the operation before running it (GraphQL parse or validation, variables of the wrong type):
   * usually an SDK generated from another version of the schema than the gateway serves.
   */
  'InvalidRequest',
  /** A credential provider found no credentials (e.g. `fromEnv` without the variables). */
  'MissingCredentials',
  /** The client or a provider was given options it cannot work with (a relative URL, a retry count of 0). */
  'InvalidConfiguration',
  /** The gateway answered with an error code this version of the SDK does not know; `extensions.code` has it. */
  'Unrecognized',
] as const;

/** An error code raised by the SDK itself. */
export type SdkErrorCode = (typeof SDK_ERROR_CODES)[number];
