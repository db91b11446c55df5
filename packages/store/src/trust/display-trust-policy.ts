import { mapAwsPrincipals } from './aws-principals.js';
import type { TrustBinding } from './trust-binding.js';

/**
 * The trust policy as `GetRole` shows it: each bound principal as its entity's current ARN (a renamed or moved user
 * shows its new ARN), or as the unique id once the entity is deleted, as AWS displays it
 * (`IAM/latest/UserGuide/reference_policies_elements_principal.html`). The submitted text is returned unchanged
 * when every bound principal still reads as written (the common case: no parsing); otherwise the document is
 * rewritten as compact JSON.
 *
 * @param currentArns the current ARN of each bound id that still exists (from `boundArnsSql`).
 */
export function displayTrustPolicy(
  text: string,
  bindings: readonly TrustBinding[] | null,
  currentArns: Readonly<Record<string, string>> | null,
): string {
  if (bindings === null || bindings.length === 0) return text;
  const shown = new Map<string, string>();
  let changed = false;
  for (const { written, id } of bindings) {
    const current = currentArns !== null && Object.hasOwn(currentArns, id) ? currentArns[id] : undefined;
    const display = current ?? id;
    shown.set(written, display);
    if (display !== written) changed = true;
  }
  if (!changed) return text;
  const doc: unknown = JSON.parse(text);
  mapAwsPrincipals(doc, (value) => shown.get(value) ?? value);
  return JSON.stringify(doc);
}
