/**
 * `parsePolicy`: a document compiled for evaluation, through the same cache `evaluate` uses.
 */
import { compileDocument, isIdentified, type ParseOutcome } from './cache.js';

/**
 * Parses and compiles a policy (a document object, its JSON text, or `{ id, document }`). Never throws. `policy` is
 * present when the document has no `ERROR` finding; the findings are the kind-independent ones (use
 * `validatePolicy` for the rules of a policy kind). The same input is compiled once and cached.
 *
 * @example
 * const { policy, findings } = parsePolicy('{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}');
 * policy?.statements.length; // 1
 */
export function parsePolicy(input: unknown): ParseOutcome {
  return compileDocument(isIdentified(input) ? input.document : input);
}
