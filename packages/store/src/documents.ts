import { type PolicyKind, validatePolicy } from '@iamgate/policy';
import { invalidInput, limitExceeded, StoreError } from './errors.js';

/** A policy document as callers give it: JSON text or the parsed object. */
export type DocumentInput = string | object;

/** The JSON text stored for a document: strings are kept as written (AWS returns the document as submitted). */
export function documentText(input: DocumentInput): string {
  return typeof input === 'string' ? input : JSON.stringify(input);
}

/** The longest document text any API takes, whitespace included (`API_CreatePolicy.html`, `PolicyDocument`). */
export const MAX_DOCUMENT_CHARACTERS = 131_072;

/** Size as AWS counts it for quotas: characters other than whitespace (`reference_iam-quotas.html`). */
export function documentSize(text: string): number {
  return text.replace(/\s/g, '').length;
}

/**
 * Checks a document with `@iamgate/policy` before it is stored and returns its text. Its sizes are checked first,
 * before it is parsed: text over `MAX_DOCUMENT_CHARACTERS` (whitespace counts: it is stored and served too) is
 * `InvalidInput`, a document over `maxSize` without whitespace is `LimitExceeded`, as AWS reports `PolicySize`.
 * Then any finding of severity `ERROR` makes it a `MalformedPolicyDocument` carrying every finding (with JSON
 * pointers).
 */
export function checkDocument(
  input: DocumentInput,
  kind: PolicyKind,
  maxSize: number,
  quota: string,
): string {
  const text = documentText(input);
  if (text.length > MAX_DOCUMENT_CHARACTERS) {
    throw invalidInput(
      `policy document is ${text.length} characters, over the limit of ${MAX_DOCUMENT_CHARACTERS}`,
      { field: 'policyDocument', limit: MAX_DOCUMENT_CHARACTERS },
    );
  }
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
