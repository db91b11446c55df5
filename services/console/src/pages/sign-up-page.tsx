import { useState } from 'react';
import { consoleClient } from '../api/client.js';
import { useSubmission } from '../api/use-submission.js';
import { TextField } from '../components/form-fields.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { SignInCard } from '../components/sign-in-card.js';
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
  const { pending, problem, submit } = useSubmission();
  const signUp = async () => {
    await consoleClient().api.signUp({
      email: email.trim(),
      password,
      ...(alias.trim() === '' ? {} : { accountAlias: alias.trim() }),
      ...(invitation.trim() === '' ? {} : { invitation: invitation.trim() }),
    });
    await signIn({ root: { email: email.trim(), password } });
    navigate('/');
  };
  return (
    <SignInCard title="Create an iamgate account">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(signUp);
        }}
      >
        <TextField label="Root user email address" type="email" value={email} onChange={setEmail} required />
        <TextField
          label="Root user password"
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
        />
        <TextField label="Account alias (optional)" value={alias} onChange={setAlias} />
        <TextField
          label="Invitation (if this gateway asks for one)"
          value={invitation}
          onChange={setInvitation}
        />
        <ProblemNotice problem={problem} />
        <button type="submit" className="button button-primary" disabled={pending}>
          Create account
        </button>
      </form>
      <p>
        <Link to="/">Back to sign-in</Link>
      </p>
    </SignInCard>
  );
}
