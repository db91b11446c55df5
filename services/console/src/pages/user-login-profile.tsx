import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { Loading, Section, Success, When } from '../components/page.js';
import { DismissibleProblem } from '../components/problem-notice.js';

/** A user's console password: set or change it, or take it away (no more console sign-in). */
export function LoginProfilePanel({ userName }: { userName: string }) {
  // `NoSuchEntity` is the answer for a user without a password, not a failure.
  const profile = useQuery(
    (c) =>
      c.api.getLoginProfile({ userName }).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'NoSuchEntity') return null;
        throw error;
      }),
    [userName],
  );
  const action = useAction();
  const [password, setPassword] = useState('');
  const [reset, setReset] = useState(true);
  const [removing, setRemoving] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const ids = { password: useId(), reset: useId() };
  const exists = profile.data != null;
  return (
    <Section title="Console password">
      <DismissibleProblem read={profile.problem} action={action} />
      {done && <Success>{done}</Success>}
      {profile.loading && <Loading what="the login profile" />}
      {profile.data === null && <p>This user has no console password and cannot sign in to the console.</p>}
      {profile.data && (
        <p>
          Password set <When iso={profile.data.passwordLastChanged} />
          {profile.data.passwordResetRequired ? ': must be changed at next sign-in.' : '.'}
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await action.run((c) =>
            exists
              ? c.api.updateLoginProfile({ userName, password, passwordResetRequired: reset })
              : c.api.createLoginProfile({ userName, password, passwordResetRequired: reset }),
          );
          if (result !== undefined) {
            setPassword('');
            setDone(exists ? 'Password changed.' : 'Console access enabled.');
            profile.reload();
          }
        }}
      >
        <label htmlFor={ids.password}>{exists ? 'New password' : 'Password'}</label>
        <input
          id={ids.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          required
        />
        <input id={ids.reset} type="checkbox" checked={reset} onChange={(e) => setReset(e.target.checked)} />
        <label htmlFor={ids.reset}>Require a new password at next sign-in</label>
        <button type="submit" className="button" disabled={action.pending}>
          {exists ? 'Set password' : 'Enable console access'}
        </button>
        {exists && (
          <button type="button" className="button button-danger" onClick={() => setRemoving(true)}>
            Disable console access
          </button>
        )}
      </form>
      <ConfirmDialog
        open={removing}
        title="Disable console access?"
        actionLabel="Disable"
        onCancel={() => setRemoving(false)}
        onConfirm={async () => {
          setRemoving(false);
          await action.runThen((c) => c.api.deleteLoginProfile({ userName }), profile.reload);
        }}
      >
        <p>The user's password is deleted; its access keys keep working.</p>
      </ConfirmDialog>
    </Section>
  );
}
