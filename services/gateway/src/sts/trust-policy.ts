import type { IdentifiedPolicy } from '@iamgate/policy';
import type { Role } from '@iamgate/store';

/**
 * A role's trust policy as a trust decision must evaluate it: the stored form in which every user or role ARN that
 * named an entity when the policy was saved is that entity's unique id (`Role.boundTrustPolicy`), never the
 * displayed `assumeRolePolicyDocument`. The engine matches those ids with the caller's `aws:userid` (from its
 * credentials), so a user who takes the name of a deleted trusted user is not trusted, and a trusted user who is
 * renamed still is (`IAM/latest/UserGuide/reference_policies_elements_principal.html`).
 *
 * @example
 * evaluateTrust({ principal, roleArn: role.arn, trustPolicy: trustPolicyOf(role), context });
 */
export function trustPolicyOf(role: Role): IdentifiedPolicy {
  return { id: `role/${role.name}/trust`, document: role.boundTrustPolicy };
}
