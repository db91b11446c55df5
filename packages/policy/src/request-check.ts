/**
 * Checking the shape of a request before evaluating it: `evaluate` is total, so a malformed request is an
 * `ImplicitDeny` carrying an `INVALID_REQUEST` error rather than an exception.
 */
import { isObject } from './parse/string-list.js';

function checkList(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  return Array.isArray(value) ? undefined : `\`${name}\` must be an array of policies`;
}

/** Checks the policies object shared by `evaluate` and `evaluateTrust`. */
export function checkPolicies(policies: unknown, name: string): string | undefined {
  if (policies === undefined) return undefined;
  if (!isObject(policies)) return `\`${name}\` must be an object`;
  const guardrails = policies.guardrails;
  if (Array.isArray(guardrails) && !guardrails.every(Array.isArray))
    return '`guardrails` must be an array of arrays of policies';
  return (
    checkList(policies.identity, 'identity') ??
    checkList(policies.session, 'session') ??
    checkList(guardrails, 'guardrails')
  );
}

/** What is wrong with a required string field, or undefined. */
export function checkString(value: unknown, name: string): string | undefined {
  return typeof value === 'string' && value !== '' ? undefined : `\`${name}\` must be a non-empty string`;
}

/** What is wrong with an optional string field, or undefined. */
export function checkOptionalString(value: unknown, name: string): string | undefined {
  return value === undefined || typeof value === 'string' ? undefined : `\`${name}\` must be a string`;
}
