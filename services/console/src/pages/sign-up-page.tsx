import { useId, useState } from 'react';
import { consoleClient } from '../api/client.js';
import { type Problem, toProblem } from '../api/problem.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { Link, navigate } from '../router/router.js';
import { useSession } from '../session/session-context.js';

/**
 * Creates an account and its root user (`signUp`), then signs in as that root. The gateway decides whether anyone
 * may (`IAMGATE_SIGN_UP=open`), holders of an invitation (`invite`), or nobody (`closed`): its refusal is shown as
 * it comes.
 */
export function SignUpPage() {
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [alias, setAlias] = useState('');
  const [invitation, setInvitation] = useState('');
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const ids = { email: useId(), password: useId(), alias: useId(), invitation: useId() };
  const submit = async () => {
    setPending(true);
    setProblem(undefined);
    try {
      await consoleClient().api.signUp({
        email: email.trim(),
        password,
        ...(alias.trim() === '' ? {} : { accountAlias: alias.trim() }),
        ...(invitation.trim() === '' ? {} : { invitation: invitation.trim() }),
      });
      await signIn({ root: { email: email.trim(), password } });
      navigate('/');
    } catch (error) {
      setProblem(toProblem(error));
    } finally {
      setPending(false);
    }
  };
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <h1>Create an iamgate account</h1>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="field">
            <label htmlFor={ids.email}>Root user email address</label>
            <input
              id={ids.email}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={ids.password}>Root user password</label>
            <input
              id={ids.password}
              type="password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoComplete="new-password"
              required
            />
          </div>
          <div className="field">
            <label htmlFor={ids.alias}>Account alias (optional)</label>
            <input id={ids.alias} value={alias} onChange={(e) => setAlias(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={ids.invitation}>Invitation (if this gateway asks for one)</label>
            <input id={ids.invitation} value={invitation} onChange={(e) => setInvitation(e.target.value)} />
          </div>
          <ProblemNotice problem={problem} />
          <button type="submit" className="button button-primary" disabled={pending}>
            Create account
          </button>
        </form>
        <p>
          <Link to="/">Back to sign-in</Link>
        </p>
      </div>
    </main>
  );
}
