import { SignInDocument, type SignInInput } from '../generated/graphql.js';
import type { CredentialContext, SessionCredentials } from './credential-provider.js';

/**
 * Exchanges long-term credentials (an access key, a user's or the root's password) for a session through the
 * gateway's `signIn` mutation.
 */
export async function signIn(
  context: CredentialContext,
  input: SignInInput,
  signal?: AbortSignal,
): Promise<SessionCredentials> {
  const { signIn: session } = await context.execute(
    SignInDocument,
    { input },
    signal === undefined ? {} : { signal },
  );
  return {
    token: session.token,
    expiresAt: new Date(session.expiresAt),
    principalArn: session.principalArn,
    accountId: session.accountId,
    sessionId: session.sessionId,
    passwordResetRequired: session.passwordResetRequired,
  };
}
