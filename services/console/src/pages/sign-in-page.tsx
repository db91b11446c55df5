import { useId, useState } from 'react';
import { useSubmission } from '../api/use-submission.js';
import { MfaCodeField, TextField } from '../components/form-fields.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { SignInCard } from '../components/sign-in-card.js';
import { Link } from '../router/router.js';
import { useSession } from '../session/session-context.js';

type Mode = 'user' | 'root';

/**
 * Sign-in, as AWS's: an IAM user gives the account (id or alias), a user name and a password; the root user an
 * email and a password. When the principal has an MFA device, the gateway answers `MfaRequired` and the form asks
 * for the device's current code, then signs in again with it.
 */
export function SignInPage({ notice }: { notice?: string | undefined }) {
  const { signIn } = useSession();
  const [mode, setMode] = useState<Mode>('user');
  const [account, setAccount] = useState('');
  const [userName, setUserName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [mfaCode, setMfaCode] = useState('');
  const [needsMfa, setNeedsMfa] = useState(false);
  const { pending, problem, submit } = useSubmission();
  const mfaHint = useId();

  const signInOnce = async () => {
    const mfa = needsMfa && mfaCode !== '' ? { mfaCode } : {};
    await signIn(
      mode === 'root'
        ? { root: { email: email.trim(), password, ...mfa } }
        : { user: { account: account.trim(), userName: userName.trim(), password, ...mfa } },
    );
  };
  // `MfaRequired` is no failure: the form asks for the code.
  const askForCode = (p: { code: string }) => {
    if (p.code !== 'MfaRequired') return false;
    setNeedsMfa(true);
    return true;
  };

  return (
    <SignInCard title="Sign in to iamgate">
      {notice && (
        <p className="notice notice-info" role="status">
          {notice}
        </p>
      )}
      <fieldset className="choice">
        <legend>Sign in as</legend>
        <label>
          <input type="radio" name="mode" checked={mode === 'user'} onChange={() => setMode('user')} /> IAM
          user
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'root'} onChange={() => setMode('root')} /> Root
          user
        </label>
      </fieldset>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(signInOnce, askForCode);
        }}
      >
        {mode === 'user' ? (
          <>
            <TextField
              label="Account ID or alias"
              value={account}
              onChange={setAccount}
              autoComplete="organization"
              required
            />
            <TextField
              label="IAM user name"
              value={userName}
              onChange={setUserName}
              autoComplete="username"
              required
            />
          </>
        ) : (
          <TextField
            label="Root user email address"
            type="email"
            value={email}
            onChange={setEmail}
            autoComplete="username"
            required
          />
        )}
        <TextField
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
        />
        {needsMfa && (
          <MfaCodeField label="MFA code" value={mfaCode} onChange={setMfaCode} aria-describedby={mfaHint}>
            <p id={mfaHint} className="muted">
              This principal has an MFA device: enter its current six-digit code.
            </p>
          </MfaCodeField>
        )}
        <ProblemNotice problem={problem} />
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p>
        No account? <Link to="/sign-up">Create an account</Link> (when this gateway allows sign-up).
      </p>
    </SignInCard>
  );
}
