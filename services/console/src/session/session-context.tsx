import type { IamgateClient, SignInInput } from '@iamgate/sdk';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { consoleClient } from '../api/client.js';
import { readArn } from './arn.js';
import {
  type ConsoleSession,
  loadRecentRoles,
  loadSession,
  type RecentRole,
  rememberRole,
  type SessionCredentials,
  saveSession,
} from './session-store.js';

/** A role to switch to, as AWS's "Switch role" form asks for it. */
export interface SwitchRoleRequest {
  accountId: string;
  roleName: string;
  displayName: string;
}

/** The console's session and what can be done with it. */
export interface SessionState {
  session: ConsoleSession | undefined;
  /** A client acting as the role switched to, or else the signed-in principal. */
  client: IamgateClient;
  /** The principal the console acts as now. */
  actingArn: string | undefined;
  recentRoles: RecentRole[];
  signIn: (input: SignInInput) => Promise<void>;
  /** Revokes the role session and the signed-in session, then forgets both. */
  signOut: () => Promise<void>;
  switchRole: (request: SwitchRoleRequest) => Promise<void>;
  /** Back to the signed-in principal; the role session is revoked. */
  switchBack: () => Promise<void>;
  /**
   * The gateway no longer accepts the session the console acts with (expired, or revoked elsewhere): a role session
   * is dropped (back to the signed-in principal), a signed-in session forgotten.
   */
  sessionEnded: () => void;
  /** Why the console is showing sign-in again, or what just changed, until the next sign-in. */
  notice: string | undefined;
}

/** Exported for component tests, which provide a session of their own; the console uses `SessionProvider`. */
export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === undefined) throw new Error('useSession outside <SessionProvider>');
  return state;
}

/** A role session's name: the caller's own name, as AWS's console uses it, within STS's 2-64 `[\w+=,.@-]`. */
function roleSessionName(principalArn: string): string {
  const info = readArn(principalArn);
  const name = (info?.type === 'root' ? 'root' : (info?.name ?? 'console')).replace(/[^\w+=,.@-]/g, '-');
  return name.length >= 2 ? name.slice(0, 64) : `${name}-console`;
}

async function revoke(credentials: SessionCredentials): Promise<void> {
  try {
    await consoleClient(credentials.token).api.revokeSession({ sessionId: credentials.sessionId });
  } catch {
    // Revoked or expired already: either way the token no longer works, and it is forgotten below.
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<ConsoleSession | undefined>(() => loadSession());
  const [recentRoles, setRecentRoles] = useState<RecentRole[]>(() => loadRecentRoles());
  const [notice, setNotice] = useState<string | undefined>();
  const update = useCallback((next: ConsoleSession | undefined) => {
    saveSession(next);
    setSession(next);
  }, []);
  const acting = session?.role ?? session?.signedIn;
  const client = useMemo(() => consoleClient(acting?.token), [acting?.token]);

  const signIn = useCallback(
    async (input: SignInInput) => {
      const payload = await consoleClient().api.signIn(input);
      setNotice(undefined);
      update({
        signedIn: {
          token: payload.token,
          sessionId: payload.sessionId,
          expiresAt: payload.expiresAt,
          principalArn: payload.principalArn,
          accountId: payload.accountId,
        },
        role: undefined,
      });
    },
    [update],
  );

  const signOut = useCallback(async () => {
    if (session === undefined) return;
    if (session.role !== undefined) await revoke(session.role);
    await revoke(session.signedIn);
    setNotice('You signed out: the session was revoked.');
    update(undefined);
  }, [session, update]);

  const switchRole = useCallback(
    async ({ accountId, roleName, displayName }: SwitchRoleRequest) => {
      if (session === undefined) throw new Error('sign in before switching roles');
      const { signedIn } = session;
      const partition = readArn(signedIn.principalArn)?.partition ?? 'iamgate';
      const roleArn = `arn:${partition}:iam::${accountId}:role/${roleName.replace(/^\/+/, '')}`;
      const assumed = await consoleClient(signedIn.token).api.assumeRole({
        roleArn,
        roleSessionName: roleSessionName(signedIn.principalArn),
      });
      if (session.role !== undefined) await revoke(session.role);
      const name = roleName.split('/').at(-1) ?? roleName;
      update({
        signedIn,
        role: {
          token: assumed.credentials.sessionToken,
          sessionId: assumed.credentials.sessionId,
          expiresAt: assumed.credentials.expiration,
          principalArn: assumed.assumedRoleUser.arn,
          accountId,
          roleArn,
          roleName: name,
          displayName: displayName.trim() === '' ? `${name} @ ${accountId}` : displayName.trim(),
        },
      });
      setRecentRoles(rememberRole({ accountId, roleName, displayName }));
    },
    [session, update],
  );

  const switchBack = useCallback(async () => {
    if (session?.role === undefined) return;
    await revoke(session.role);
    update({ signedIn: session.signedIn, role: undefined });
  }, [session, update]);

  const sessionEnded = useCallback(() => {
    if (session?.role !== undefined) {
      setNotice(
        `The session of role ${session.role.displayName} ended: you are back to your own permissions.`,
      );
      update({ signedIn: session.signedIn, role: undefined });
    } else {
      setNotice('Your session ended (it expired or was revoked): sign in again.');
      update(undefined);
    }
  }, [session, update]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      client,
      actingArn: acting?.principalArn,
      recentRoles,
      signIn,
      signOut,
      switchRole,
      switchBack,
      sessionEnded,
      notice,
    }),
    [
      notice,
      session,
      client,
      acting?.principalArn,
      recentRoles,
      signIn,
      signOut,
      switchRole,
      switchBack,
      sessionEnded,
    ],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
