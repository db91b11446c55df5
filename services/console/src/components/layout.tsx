import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, navigate, useLocation } from '../router/router.js';
import { principalLabel } from '../session/arn.js';
import { useSession } from '../session/session-context.js';

const NAV: { to: string; label: string }[] = [
  { to: '/', label: 'Dashboard' },
  { to: '/users', label: 'Users' },
  { to: '/groups', label: 'User groups' },
  { to: '/roles', label: 'Roles' },
  { to: '/policies', label: 'Policies' },
  { to: '/workloads', label: 'Workloads' },
  { to: '/simulator', label: 'Policy simulator' },
  { to: '/audit', label: 'Audit log' },
];

function isCurrent(path: string, to: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
}

/**
 * The frame of every signed-in page: a skip link, the navigation, and the identity menu, which shows who the
 * console acts as (the role switched to, in its display name, as AWS's console does), switches roles and signs out.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { path } = useLocation();
  const { session, actingArn, recentRoles, switchRole, switchBack, signOut, notice } = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Escape closes the open menu and puts focus back on its button, as menus do.
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  const role = session?.role;
  const run = async (change: () => Promise<void>, then = '/') => {
    setBusy(true);
    setMenuOpen(false);
    try {
      await change();
      navigate(then);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={role ? 'app app-role' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          iamgate
        </Link>
        <div className="identity">
          <button
            ref={menuButton}
            type="button"
            className="identity-button"
            aria-expanded={menuOpen}
            aria-controls="identity-menu"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {role ? (
              <>
                <span className="role-badge">{role.displayName}</span> as {principalLabel(actingArn ?? '')}
              </>
            ) : (
              <>
                {principalLabel(actingArn ?? '')} @ {session?.signedIn.accountId}
              </>
            )}
          </button>
          {menuOpen && (
            <div id="identity-menu" className="identity-menu">
              <p>
                Signed in as <code>{session?.signedIn.principalArn}</code>
              </p>
              {role && (
                <p>
                  Acting as <code>{role.principalArn}</code>
                </p>
              )}
              <ul>
                {role && (
                  <li>
                    <button
                      type="button"
                      className="link-button"
                      disabled={busy}
                      onClick={() => run(switchBack)}
                    >
                      Switch back
                    </button>
                  </li>
                )}
                {recentRoles
                  .filter((r) => r.roleName !== role?.roleName || r.accountId !== role?.accountId)
                  .map((r) => (
                    <li key={`${r.accountId}/${r.roleName}`}>
                      <button
                        type="button"
                        className="link-button"
                        disabled={busy}
                        onClick={() => run(() => switchRole(r))}
                      >
                        {r.displayName || `${r.roleName} @ ${r.accountId}`}
                      </button>
                    </li>
                  ))}
                <li>
                  <Link to="/switch-role" onClick={() => setMenuOpen(false)}>
                    Switch role
                  </Link>
                </li>
                <li>
                  <button type="button" className="link-button" disabled={busy} onClick={() => run(signOut)}>
                    Sign out
                  </button>
                </li>
              </ul>
            </div>
          )}
        </div>
      </header>
      <div className="body">
        <nav aria-label="Identity and access management" className="sidenav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(path, item.to) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="content">
          {notice && (
            <p className="notice notice-info" role="status">
              {notice}
            </p>
          )}
          {children}
        </main>
      </div>
    </div>
  );
}
