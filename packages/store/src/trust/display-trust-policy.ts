import { mapAwsPrincipals } from './aws-principals.js';
import type { TrustBinding } from './trust-binding.js';

/**
 * The trust policy as `GetRole` shows it: each bound principal as its entity's current ARN (a renamed or moved user
 * shows its new ARN), or as the unique id once the entity is deleted, as AWS displays it
 * (`IAM/latest/UserGuide/reference_policies_elements_principal.html`). A principal of another account keeps the ARN
 * as written while it exists (still evaluated by id): its current name and path are that account's to know, and
 * showing them would let this account follow the other's renames and moves (**iamgate**). The submitted text is returned unchanged
 * when every bound principal still reads as written (the common case: no parsing); otherwise the document is
 * rewritten as compact JSON.
 *
 * @param currentArns the current ARN of each bound id that still exists (from `boundArnsSql`).
 */
export function displayTrustPolicy(
  text: string,
  bindings: readonly TrustBinding[] | null,
  currentArns: Readonly<Record<string, string>> | null,
  /** The role's account: bound principals of other accounts are shown as written. */
  accountId: string,
): string {
  if (bindings === null || bindings.length === 0) return text;
  const shown = new Map<string, string>();
  let changed = false;
  for (const { written, id } of bindings) {
    const current = currentArns !== null && Object.hasOwn(currentArns, id) ? currentArns[id] : undefined;
    const display = current === undefined ? id : ofAnotherAccount(written, accountId) ? written : current;
    shown.set(written, display);
    if (display !== written) changed = true;
  }
  if (!changed) return text;
  const doc: unknown = JSON.parse(text);
  mapAwsPrincipals(doc, (value) => shown.get(value) ?? value);
  return JSON.stringify(doc);
}

/** Whether `written` is an ARN of an account other than `accountId` (an id is always of the role's own account). */
function ofAnotherAccount(written: string, accountId: string): boolean {
  return written.startsWith('arn:') && written.split(':')[4] !== accountId;
}
