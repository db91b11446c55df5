import { AttachedPolicies } from './attached-policies.js';
import { InlinePolicies } from './inline-policies.js';
import type { PolicyHolder } from './policy-holder.js';

/** The "Permissions" tab of a user, group or role: managed policies attached, and inline policies. */
export function PermissionsPanel({ holder }: { holder: PolicyHolder }) {
  return (
    <>
      <AttachedPolicies holder={holder} />
      <InlinePolicies holder={holder} />
    </>
  );
}
