import { useId, useState } from 'react';
import { type Problem, toProblem } from '../api/problem.js';
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
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const ids = { account: useId(), role: useId(), display: useId() };
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
            setPending(true);
            setProblem(undefined);
            try {
              await switchRole({ accountId: account.trim(), roleName: roleName.trim(), displayName });
              navigate('/');
            } catch (error) {
              setProblem(toProblem(error));
            } finally {
              setPending(false);
            }
          }}
        >
          <div className="field">
            <label htmlFor={ids.account}>Account ID</label>
            <input id={ids.account} value={account} onChange={(e) => setAccount(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor={ids.role}>IAM role name</label>
            <input id={ids.role} value={roleName} onChange={(e) => setRoleName(e.target.value)} required />
          </div>
          <div className="field">
            <label htmlFor={ids.display}>Display name (optional)</label>
            <input id={ids.display} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </div>
          <ProblemNotice problem={problem} />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={pending}>
              Switch role
            </button>
          </div>
        </form>
      </Section>
    </>
  );
}
