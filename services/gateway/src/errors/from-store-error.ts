import { isStoreError, type StoreError } from '@iamgate/store';
import type { ErrorCode } from './error-codes.js';
import { IamError } from './iam-error.js';

/** Store codes that mean the same thing to a client; the rest are unexpected and get masked. */
const PASS_THROUGH: Partial<Record<StoreError['code'], ErrorCode>> = {
  NoSuchEntity: 'NoSuchEntity',
  EntityAlreadyExists: 'EntityAlreadyExists',
  LimitExceeded: 'LimitExceeded',
  DeleteConflict: 'DeleteConflict',
  MalformedPolicyDocument: 'MalformedPolicyDocument',
  InvalidInput: 'InvalidInput',
  PasswordPolicyViolation: 'PasswordPolicyViolation',
  ConcurrentModification: 'ConcurrentModification',
  ServiceUnavailable: 'ServiceUnavailable',
  Throttling: 'Throttling',
};

/**
 * The client-facing error for a store error, or `undefined` when the store error is not one a client should see
 * (configuration and database failures, which are masked and logged). Findings and safe details are kept.
 */
export function fromStoreError(error: unknown): IamError | undefined {
  if (!isStoreError(error)) return undefined;
  const code = PASS_THROUGH[error.code];
  if (code === undefined) return undefined;
  const details: Record<string, unknown> = { ...error.details };
  if (error.findings.length > 0) details.findings = error.findings;
  // Transient refusals tell clients when to come back (RFC 9110 `Retry-After`); the SDK's retries honour it.
  const retry = code === 'ServiceUnavailable' || code === 'Throttling' ? { 'retry-after': '1' } : undefined;
  return new IamError(code, error.message, details, retry);
}
