import { useId, useState } from 'react';
import { type Problem, toProblem } from '../api/problem.js';
import { ProblemNotice } from '../components/problem-notice.js';
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
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const ids = { account: useId(), user: useId(), email: useId(), password: useId(), mfa: useId() };

  const submit = async () => {
    setPending(true);
    setProblem(undefined);
    const mfa = needsMfa && mfaCode !== '' ? { mfaCode } : {};
    try {
      await signIn(
        mode === 'root'
          ? { root: { email: email.trim(), password, ...mfa } }
          : { user: { account: account.trim(), userName: userName.trim(), password, ...mfa } },
      );
    } catch (error) {
      const p = toProblem(error);
      if (p.code === 'MfaRequired') {
        setNeedsMfa(true);
        setProblem(undefined);
      } else {
        setProblem(p);
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <h1>Sign in to iamgate</h1>
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
            void submit();
          }}
        >
          {mode === 'user' ? (
            <>
              <div className="field">
                <label htmlFor={ids.account}>Account ID or alias</label>
                <input
                  id={ids.account}
                  value={account}
                  onChange={(e) => setAccount(e.target.value)}
                  autoComplete="organization"
                  required
                />
              </div>
              <div className="field">
                <label htmlFor={ids.user}>IAM user name</label>
                <input
                  id={ids.user}
                  value={userName}
                  onChange={(e) => setUserName(e.target.value)}
                  autoComplete="username"
                  required
                />
              </div>
            </>
          ) : (
            <div className="field">
              <label htmlFor={ids.email}>Root user email address</label>
              <input
                id={ids.email}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="username"
                required
              />
            </div>
          )}
          <div className="field">
            <label htmlFor={ids.password}>Password</label>
            <input
              id={ids.password}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="current-password"
              required
            />
          </div>
          {needsMfa && (
            <div className="field">
              <label htmlFor={ids.mfa}>MFA code</label>
              <input
                id={ids.mfa}
                inputMode="numeric"
                pattern="[0-9]{6}"
                value={mfaCode}
                onChange={(e) => setMfaCode(e.target.value)}
                autoComplete="one-time-code"
                aria-describedby={`${ids.mfa}-hint`}
                required
              />
              <p id={`${ids.mfa}-hint`} className="muted">
                This principal has an MFA device: enter its current six-digit code.
              </p>
            </div>
          )}
          <ProblemNotice problem={problem} />
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p>
          No account? <Link to="/sign-up">Create an account</Link> (when this gateway allows sign-up).
        </p>
      </div>
    </main>
  );
}
