import { useState } from 'react';
import { useSubmission } from '../api/use-submission.js';
import { FormActions } from '../components/form-actions.js';
import { TextField } from '../components/form-fields.js';
import { PageHeader, Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { navigate, useLocation } from '../router/router.js';
import { useSession } from '../session/session-context.js';

/**
 * AWS's "Switch role": account, role and a display name; the console then acts as a session of the role (its
 * header shows the display name) until you switch back or sign out. The role's page links here with the fields
 * filled in, as AWS's "Link to switch roles in console" does.
 */
export function SwitchRolePage() {
  const { query } = useLocation();
  const { session, switchRole } = useSession();
  const [account, setAccount] = useState(query.get('account') ?? session?.signedIn.accountId ?? '');
  const [roleName, setRoleName] = useState(query.get('roleName') ?? '');
  const [displayName, setDisplayName] = useState(query.get('displayName') ?? '');
  const { pending, problem, submit } = useSubmission();
  return (
    <>
      <PageHeader
        title="Switch role"
        description="Use a role's permissions in this or another account, without signing out. The role's trust policy must name you (or your account, with your own policies allowing sts:AssumeRole)."
      />
      <Section title="Role">
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            await submit(async () => {
              await switchRole({ accountId: account.trim(), roleName: roleName.trim(), displayName });
              navigate('/');
            });
          }}
        >
          <TextField label="Account ID" value={account} onChange={setAccount} required />
          <TextField label="IAM role name" value={roleName} onChange={setRoleName} required />
          <TextField label="Display name (optional)" value={displayName} onChange={setDisplayName} />
          <ProblemNotice problem={problem} />
          <FormActions submitLabel="Switch role" disabled={pending} />
        </form>
      </Section>
    </>
  );
}
