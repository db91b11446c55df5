/**
 * The store's error model: one class, a closed union of stable codes named after AWS IAM's error names
 * (`IAM/latest/APIReference/CommonErrors.html` and each operation's Errors section).
 */

/** Every code a `StoreError` can carry. Callers branch on these, never on messages. */
export type StoreErrorCode =
  /** The named entity (account, user, group, role, policy, version, key, session...) does not exist. */
  | 'NoSuchEntity'
  /** An entity with that name (case-insensitive) or id already exists. */
  | 'EntityAlreadyExists'
  /** A quota would be exceeded (groups per user, access keys per user, policy versions, tags...). */
  | 'LimitExceeded'
  /** The entity still has dependents (members, attachments, keys...) and cannot be deleted. */
  | 'DeleteConflict'
  /** A policy document failed validation by `@iamgate/policy`; `findings` lists why. */
  | 'MalformedPolicyDocument'
  /** A parameter is out of range or badly formed (name, path, duration, tag, cursor...). */
  | 'InvalidInput'
  /** A new password does not satisfy the account's password policy; `details.violations` lists the rules. */
  | 'PasswordPolicyViolation'
  /** A password, secret or credential given to a store operation did not verify. */
  | 'InvalidCredentials'
  /** The store is misconfigured (for example signing keys without a secret key on Postgres). */
  | 'InvalidConfiguration'
  /** The database kept refusing the transaction under contention; retry later. */
  | 'ConcurrentModification'
  /**
   * The database did not answer in time, the connection was lost, or a transaction outlived its deadline: nothing
   * was committed by the failed call, and retrying later is the remedy.
   */
  | 'ServiceUnavailable'
  /** Too many password checks are queued already (each costs tens of MiB and most of a core); retry later. */
  | 'Throttling'
  /** Anything unexpected from the database; the driver error is the `cause`. */
  | 'ServiceFailure';

/** A validation finding as `@iamgate/policy` reports it (JSON pointer `path`). */
export interface StoreFinding {
  severity: string;
  code: string;
  path: string;
  message: string;
}

/** Options of a `StoreError`. */
export interface StoreErrorOptions {
  /** The driver error or other underlying failure. */
  cause?: unknown;
  /** For `MalformedPolicyDocument`: the findings of the validator. */
  findings?: StoreFinding[];
  /** Structured, non-secret details (entity kind, quota name, limit...). */
  details?: Record<string, unknown>;
}

/**
 * The only error the store throws on purpose. Messages are lowercase, name user input in backticks and never
 * contain query parameters or secrets; the driver error, when there is one, is kept as `cause`.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** The stable code to branch on. */
  readonly code: StoreErrorCode;
  /** Validation findings, for `MalformedPolicyDocument`. */
  readonly findings: StoreFinding[];
  /** Structured details, safe to log. */
  readonly details: Record<string, unknown>;

  constructor(code: StoreErrorCode, message: string, options: StoreErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.findings = options.findings ?? [];
    this.details = options.details ?? {};
  }
}

/** Whether `error` is a `StoreError`, optionally with the given code. Works across duplicate package copies. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  if (!(error instanceof Error) || error.name !== 'StoreError') return false;
  return code === undefined || (error as StoreError).code === code;
}

/** Shorthand for the most common error: `noSuchEntity('user', name)`. */
export function noSuchEntity(kind: string, name: string, cause?: unknown): StoreError {
  return new StoreError('NoSuchEntity', `${kind} \`${name}\` does not exist`, {
    cause,
    details: { entity: kind },
  });
}

/** Shorthand for a quota refusal, naming the quota and its limit. */
export function limitExceeded(quota: string, limit: number, what: string): StoreError {
  return new StoreError('LimitExceeded', `${what}: the limit is ${limit}`, { details: { quota, limit } });
}

/** Shorthand for a parameter error. */
export function invalidInput(message: string, details: Record<string, unknown> = {}): StoreError {
  return new StoreError('InvalidInput', message, { details });
}
