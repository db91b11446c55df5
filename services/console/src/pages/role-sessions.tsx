import { useState } from 'react';
import { useAction } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { Section, Success, When } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';

/** The "Revoke sessions" tab of a role: ends every session of it issued so far, as AWS's "Revoke active sessions". */
export function RevokeSessions({ roleArn }: { roleArn: string }) {
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ revokedSessions: number; revokedBefore: string } | undefined>();
  return (
    <Section title="Revoke active sessions">
      <p>
        Every session of this role issued until now fails on its next use, at every gateway. Principals can
        assume the role again.
      </p>
      <ProblemNotice problem={action.problem} />
      {result && (
        <Success>
          {result.revokedSessions} session(s) revoked, issued before <When iso={result.revokedBefore} />.
        </Success>
      )}
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        Revoke active sessions
      </button>
      <ConfirmDialog
        open={confirming}
        title="Revoke active sessions?"
        actionLabel="Revoke sessions"
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          const revoked = await action.run((c) => c.api.revokeRoleSessions({ roleArn }));
          if (revoked) setResult(revoked);
        }}
      >
        <p>Apps and people using this role now will have to assume it again.</p>
      </ConfirmDialog>
    </Section>
  );
}
