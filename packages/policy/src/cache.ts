/**
 * Compile once: the same document object (by identity), JSON text, or `{ id, document }` input is never parsed
 * twice. Objects are held weakly; texts in a bounded map that forgets the oldest entry first. Documents are treated
 * as immutable: a document object mutated after its first use keeps its first compiled form.
 */
import type { CompiledPolicy } from './compile.js';
import { parseDocument } from './parse/document.js';
import type { PolicyFinding } from './parse/findings.js';
import { isObject } from './parse/string-list.js';
import type { IdentifiedPolicy } from './types.js';

/** The outcome of parsing a document: the compiled policy when it has no error, and every finding. */
export interface ParseOutcome {
  policy: CompiledPolicy | undefined;
  findings: PolicyFinding[];
}

/** How many distinct policy texts are kept compiled. */
export const TEXT_CACHE_LIMIT = 2048;

const byObject = new WeakMap<object, ParseOutcome>();
const byText = new Map<string, ParseOutcome>();

function parseOnce(document: unknown): ParseOutcome {
  try {
    const { policy, findings } = parseDocument(document);
    return { policy, findings: findings.list };
  } catch (error) {
    const message = `the policy could not be read: ${error instanceof Error ? error.message : 'unknown error'}`;
    return {
      policy: undefined,
      findings: [{ severity: 'ERROR', code: 'INVALID_DOCUMENT', path: '', message }],
    };
  }
}

/** Parses a document (object or JSON text) through the cache. */
export function compileDocument(document: unknown): ParseOutcome {
  if (typeof document === 'string') {
    let outcome = byText.get(document);
    if (outcome === undefined) {
      outcome = parseOnce(document);
      if (byText.size >= TEXT_CACHE_LIMIT) byText.delete(byText.keys().next().value!);
      byText.set(document, outcome);
    }
    return outcome;
  }
  if (typeof document === 'object' && document !== null) {
    let outcome = byObject.get(document);
    if (outcome === undefined) {
      outcome = parseOnce(document);
      byObject.set(document, outcome);
    }
    return outcome;
  }
  return parseOnce(document);
}

/** Whether a policy input is `{ id, document }` rather than a document. */
export function isIdentified(input: unknown): input is IdentifiedPolicy {
  return (
    isObject(input) &&
    typeof input.id === 'string' &&
    Object.hasOwn(input, 'document') &&
    !Object.hasOwn(input, 'Statement')
  );
}

/**
 * Forgets the policies compiled from JSON texts (for tests and benchmarks of cold calls). Document objects are held
 * weakly and go with their documents.
 *
 * @example
 * clearPolicyCache();
 */
export function clearPolicyCache(): void {
  byText.clear();
}
