import { IamgateError, type IamgateErrorOptions } from './iamgate-error.js';

/** What a `NetworkError` adds: how many attempts were made before giving up. */
export interface NetworkErrorOptions extends IamgateErrorOptions {
  attempts: number;
}

/**
 * The gateway could not be reached, or a proxy in front of it answered 502, 503 or 504, on every attempt the retry
 * settings allowed. `cause` is the last failure.
 */
export class NetworkError extends IamgateError<'Network'> {
  /** How many times the request was sent. */
  readonly attempts: number;

  constructor(message: string, options: NetworkErrorOptions) {
    super('Network', message, options);
    this.attempts = options.attempts;
  }
}

/** The gateway answered something other than a GraphQL response; `httpStatus` is the status received. */
export class UnexpectedResponseError extends IamgateError<'UnexpectedResponse'> {
  constructor(message: string, options: IamgateErrorOptions = {}) {
    super('UnexpectedResponse', message, options);
  }
}

/**
 * The gateway refused the operation before running it: GraphQL parse or validation errors, or variables of the
 * wrong type. With the SDK's own operations this means the gateway serves another version of the schema;
 * `extensions.code` has GraphQL's code (`GRAPHQL_VALIDATION_FAILED`) when there is one.
 */
export class InvalidRequestError extends IamgateError<'InvalidRequest'> {
  constructor(message: string, options: IamgateErrorOptions = {}) {
    super('InvalidRequest', message, { httpStatus: 400, ...options });
  }
}

/** A credential provider found no credentials, e.g. `fromEnv()` without `IAMGATE_*` variables. */
export class MissingCredentialsError extends IamgateError<'MissingCredentials'> {
  constructor(message: string, options: IamgateErrorOptions = {}) {
    super('MissingCredentials', message, options);
  }
}

/** `createClient`, a provider or a retry setting was given options it cannot work with; `extensions.option` names it. */
export class InvalidConfigurationError extends IamgateError<'InvalidConfiguration'> {
  constructor(message: string, option: string) {
    super('InvalidConfiguration', message, { extensions: { option } });
  }
}

/**
 * The gateway answered with an error code this version of the SDK does not know (a newer gateway);
 * `extensions.code` has the code.
 */
export class UnrecognizedError extends IamgateError<'Unrecognized'> {
  constructor(message: string, options: IamgateErrorOptions = {}) {
    super('Unrecognized', message, options);
  }
}

/** The error class of each SDK code. */
export interface SdkErrorByCode {
  Network: NetworkError;
  UnexpectedResponse: UnexpectedResponseError;
  InvalidRequest: InvalidRequestError;
  MissingCredentials: MissingCredentialsError;
  InvalidConfiguration: InvalidConfigurationError;
  Unrecognized: UnrecognizedError;
}
