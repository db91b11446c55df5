/**
 * The signed-in session and the role the console has switched to, kept in memory and in `sessionStorage` (this tab
 * only, gone when it closes), never in `localStorage`: a token there would outlive the tab and be readable by
 * every later page load of the origin.
 */

/** A session the gateway issued: a sign-in, or a role session from `assumeRole`. */
export interface SessionCredentials {
  token: string;
  sessionId: string;
  expiresAt: string;
  principalArn: string;
  accountId: string;
}

/** A role the console switched to, as AWS's console shows it: the role session and how to show it. */
export interface SwitchedRole extends SessionCredentials {
  roleArn: string;
  roleName: string;
  displayName: string;
}

/** What the console holds: the signed-in session, and the role session acting for it, if any. */
export interface ConsoleSession {
  signedIn: SessionCredentials;
  role: SwitchedRole | undefined;
}

/** A role recently switched to, offered again on the switch-role menu (no credentials). */
export interface RecentRole {
  accountId: string;
  roleName: string;
  displayName: string;
}

const SESSION_KEY = 'iamgate.console.session';
const RECENT_KEY = 'iamgate.console.recentRoles';
const MAX_RECENT = 5;

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage disabled: the session lives in memory only
  }
}

function isCredentials(value: unknown): value is SessionCredentials {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    ['token', 'sessionId', 'expiresAt', 'principalArn', 'accountId'].every((k) => typeof v[k] === 'string')
  );
}

/** The stored session, unless it is missing, malformed or expired. */
export function loadSession(now = Date.now()): ConsoleSession | undefined {
  const raw = storage()?.getItem(SESSION_KEY);
  if (raw == null) return undefined;
  try {
    const parsed = JSON.parse(raw) as { signedIn?: unknown; role?: unknown };
    if (!isCredentials(parsed.signedIn) || Date.parse(parsed.signedIn.expiresAt) <= now) return undefined;
    const role =
      isCredentials(parsed.role) && Date.parse(parsed.role.expiresAt) > now
        ? (parsed.role as SwitchedRole)
        : undefined;
    return { signedIn: parsed.signedIn, role };
  } catch {
    return undefined;
  }
}

export function saveSession(session: ConsoleSession | undefined): void {
  const s = storage();
  if (session === undefined) s?.removeItem(SESSION_KEY);
  else s?.setItem(SESSION_KEY, JSON.stringify(session));
}

export function loadRecentRoles(): RecentRole[] {
  try {
    const parsed = JSON.parse(storage()?.getItem(RECENT_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as RecentRole[]).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export function rememberRole(role: RecentRole): RecentRole[] {
  const others = loadRecentRoles().filter(
    (r) => r.accountId !== role.accountId || r.roleName !== role.roleName,
  );
  const recent = [role, ...others].slice(0, MAX_RECENT);
  storage()?.setItem(RECENT_KEY, JSON.stringify(recent));
  return recent;
}
