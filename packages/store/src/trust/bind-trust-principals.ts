import type { Executor } from '../db/types.js';
import { StoreError, type StoreFinding } from '../errors.js';
import { awsPrincipals, mapAwsPrincipals } from './aws-principals.js';
import { type PrincipalCandidate, principalCandidate } from './principal-candidates.js';
import { lookUpPrincipals, type PrincipalLookup } from './principal-lookup.js';
import type { TrustBinding, TrustPrincipalFindingCode } from './trust-binding.js';

/** A trust policy's principals bound to identities, ready to store. */
export interface BoundTrustPolicy {
  /** Each distinct user or role principal as written, with the id it names from now on. */
  bindings: TrustBinding[];
  /** The document the engine evaluates (bound ARNs replaced by ids); null when that is the submitted text. */
  bound: string | null;
}

/** What one candidate value becomes: the id it is bound to, kept as written (`undefined`), or refused. */
type Resolution = string | undefined | { code: TrustPrincipalFindingCode; message: string };

function resolve(
  value: string,
  c: PrincipalCandidate,
  found: PrincipalLookup,
  accountId: string,
  shownIds: ReadonlySet<string>,
): Resolution {
  if (c.by === 'arn') {
    if (!found.accounts.has(c.accountId)) return undefined;
    return (
      found.arns.get(value) ?? {
        code: 'PRINCIPAL_NOT_FOUND',
        message: `invalid principal in policy: no ${c.kind} \`${value}\` exists`,
      }
    );
  }
  if (found.ids.get(value) === accountId || shownIds.has(value)) return value;
  return {
    code: 'UNKNOWN_PRINCIPAL_ID',
    message: `invalid principal in policy: \`${value}\` is no ${c.kind}'s id`,
  };
}

/**
 * Binds the user and role principals of a validated trust policy to the entities they name now, as AWS does when
 * it saves a trust policy (`IAM/latest/UserGuide/reference_policies_elements_principal.html`):
 * - a user or role ARN of this partition and of an account of this installation is bound to that entity's unique
 *   id; when no such entity exists the policy is refused (`MalformedPolicyDocument` with `PRINCIPAL_NOT_FOUND`,
 *   AWS's "Invalid principal in policy");
 * - a unique id is kept when it is an existing user's or role's of the role's own account (`accountId`), or one of
 *   `shownIds` (the ids the role's current trust policy holds, so a policy that shows an orphaned id can be saved
 *   back as displayed); any other id is refused (`UNKNOWN_PRINCIPAL_ID`), another account's included: an id is no
 *   capability (another account's entity is named by its ARN);
 * - everything else is kept as written (account principals, session ARNs, services, and user or role ARNs of
 *   another partition or of an account this installation does not have: nothing can be bound there, and no
 *   principal of this installation carries them).
 * Runs inside the write's transaction (`db` is the transaction).
 */
export async function bindTrustPrincipals(
  db: Executor,
  partition: string,
  accountId: string,
  text: string,
  shownIds: ReadonlySet<string>,
): Promise<BoundTrustPolicy> {
  const doc: unknown = JSON.parse(text);
  const values = awsPrincipals(doc);
  const candidates = new Map<string, PrincipalCandidate>();
  for (const { value } of values) {
    const candidate = principalCandidate(value, partition);
    if (candidate !== undefined) candidates.set(value, candidate);
  }
  if (candidates.size === 0) return { bindings: [], bound: null };
  const found = await lookUpPrincipals(db, partition, candidates);
  const bindings = new Map<string, string>();
  const findings: StoreFinding[] = [];
  for (const { value, path } of values) {
    const c = candidates.get(value);
    const resolution = c && resolve(value, c, found, accountId, shownIds);
    if (typeof resolution === 'string') bindings.set(value, resolution);
    else if (resolution !== undefined) findings.push({ severity: 'ERROR', path, ...resolution });
  }
  const first = findings[0];
  if (first !== undefined) {
    throw new StoreError(
      'MalformedPolicyDocument',
      `policy document is malformed: ${first.message} (at \`${first.path}\`)`,
      { findings },
    );
  }
  const list = [...bindings].map(([written, id]) => ({ written, id }));
  if (list.every((b) => b.written === b.id)) return { bindings: list, bound: null };
  mapAwsPrincipals(doc, (value) => bindings.get(value) ?? value);
  return { bindings: list, bound: JSON.stringify(doc) };
}
