/**
 * How a role trust policy names users and roles: by identity, not by name. AWS transforms a user or role ARN in the
 * `Principal` of a role trust policy "to a unique principal ID when the policy is saved", "to mitigate the risk of
 * someone escalating their privileges by removing and recreating the role or user"; it shows the current ARN again
 * when the policy is displayed, and the id once the entity is deleted, and "a new entity with the same name does not
 * match" (`IAM/latest/UserGuide/reference_policies_elements_principal.html`, roles and users sections).
 */

/** One `AWS` principal value of a stored trust policy, bound to the user or role it named when it was saved. */
export interface TrustBinding {
  /** The value as written: a user or role ARN, or a unique id (`AIDA…`, `AROA…`). */
  written: string;
  /** The unique id of the entity it named at save time; the id the policy is evaluated with from then on. */
  id: string;
}

/**
 * The finding codes of trust policy principals the store refuses, added to `@iamgate/policy`'s own codes in a
 * `MalformedPolicyDocument` (AWS answers "Invalid principal in policy"):
 * - `PRINCIPAL_NOT_FOUND`: a user or role ARN of this partition and of an account of this installation names no
 *   existing user or role (path and name compared exactly, as `getByArn` does);
 * - `UNKNOWN_PRINCIPAL_ID`: a unique id that is neither an existing user or role nor one the role's current trust
 *   policy already holds (an orphaned id can be saved back where it is shown, not made up or copied elsewhere).
 */
export type TrustPrincipalFindingCode = 'PRINCIPAL_NOT_FOUND' | 'UNKNOWN_PRINCIPAL_ID';

/**
 * A user (`AIDA…`) or role (`AROA…`) unique id, as `@iamgate/policy` recognizes them in `Principal`: the prefix and
 * at least 12 uppercase letters and digits.
 */
export const UNIQUE_ID = /^A(IDA|ROA)[A-Z0-9]{12,}$/;
