import { type PolicyKind, validatePolicy } from '@iamgate/policy';
import { limitExceeded, StoreError } from './errors.js';

/** A policy document as callers give it: JSON text or the parsed object. */
export type DocumentInput = string | object;

/** The JSON text stored for a document: strings are kept as written (AWS returns the document as submitted). */
export function documentText(input: DocumentInput): string {
  return typeof input === 'string' ? input : JSON.stringify(input);
}

/** Size as AWS counts it for quotas: characters other than whitespace (`reference_iam-quotas.html`). */
export function documentSize(text: string): number {
  return text.replace(/\s/g, '').length;
}

/**
 * Checks a document with `@iamgate/policy` before it is stored and returns its text. Any finding of severity
 * `ERROR` makes it a `MalformedPolicyDocument` carrying every finding (with JSON pointers); a document over
 * `maxSize` is `LimitExceeded`, as AWS reports `PolicySize`.
 */
export function checkDocument(
  input: DocumentInput,
  kind: PolicyKind,
  maxSize: number,
  quota: string,
): string {
  const text = documentText(input);
  const size = documentSize(text);
  if (size > maxSize) throw limitExceeded(quota, maxSize, `policy document is ${size} characters`);
  // The size was checked above against the account's quota, which may differ from the engine's default.
  const result = validatePolicy(text, kind, { maxLength: maxSize });
  if (!result.valid) {
    const errors = result.findings.filter((f) => f.severity === 'ERROR');
    const first = errors[0];
    throw new StoreError(
      'MalformedPolicyDocument',
      first
        ? `policy document is malformed: ${first.message} (at \`${first.path || '/'}\`)`
        : 'policy document is malformed',
      { findings: result.findings },
    );
  }
  return text;
}
