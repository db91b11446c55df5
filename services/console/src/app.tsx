import { Fragment, type ReactNode } from 'react';
import { Layout } from './components/layout.js';
import { PageHeader } from './components/page.js';
import { AuditPage } from './pages/audit-page.js';
import { CreatePolicyPage } from './pages/create-policy-page.js';
import { CreateRolePage } from './pages/create-role-page.js';
import { DashboardPage } from './pages/dashboard-page.js';
import { CreateGroupPage, GroupDetailPage, GroupsPage } from './pages/groups-pages.js';
import { PoliciesPage, PolicyDetailPage } from './pages/policies-pages.js';
import { RoleDetailPage, RolesPage } from './pages/roles-pages.js';
import { SignInPage } from './pages/sign-in-page.js';
import { SignUpPage } from './pages/sign-up-page.js';
import { SimulatorPage } from './pages/simulator-page.js';
import { SwitchRolePage } from './pages/switch-role-page.js';
import { CreateUserPage, UserDetailPage, UsersPage } from './pages/users-pages.js';
import { CreateWorkloadPage, WorkloadDetailPage, WorkloadsPage } from './pages/workloads-pages.js';
import { Link, matchPath, useLocation } from './router/router.js';
import { SessionProvider, useSession } from './session/session-context.js';

type Route = [pattern: string, render: (params: Record<string, string>) => ReactNode];

/** Every page of the console; `new` comes before `:name`, so it is never taken for an entity's name. */
const ROUTES: Route[] = [
  ['/', () => <DashboardPage />],
  ['/users', () => <UsersPage />],
  ['/users/new', () => <CreateUserPage />],
  ['/users/:name', (p) => <UserDetailPage key={p.name} userName={p.name ?? ''} />],
  ['/groups', () => <GroupsPage />],
  ['/groups/new', () => <CreateGroupPage />],
  ['/groups/:name', (p) => <GroupDetailPage key={p.name} groupName={p.name ?? ''} />],
  ['/roles', () => <RolesPage />],
  ['/roles/new', () => <CreateRolePage />],
  ['/roles/:name', (p) => <RoleDetailPage key={p.name} roleName={p.name ?? ''} />],
  ['/policies', () => <PoliciesPage />],
  ['/policies/new', () => <CreatePolicyPage />],
  ['/policies/:arn', (p) => <PolicyDetailPage key={p.arn} policyArn={p.arn ?? ''} />],
  ['/workloads', () => <WorkloadsPage />],
  ['/workloads/new', () => <CreateWorkloadPage />],
  ['/workloads/:name', (p) => <WorkloadDetailPage key={p.name} workloadName={p.name ?? ''} />],
  ['/simulator', () => <SimulatorPage />],
  ['/audit', () => <AuditPage />],
  ['/switch-role', () => <SwitchRolePage />],
];

function NotFound() {
  return (
    <>
      <PageHeader title="Page not found" />
      <p>
        This console has no such page. <Link to="/">Go to the dashboard</Link>.
      </p>
    </>
  );
}

function Pages() {
  const { path } = useLocation();
  const { session, notice } = useSession();
  if (session === undefined) {
    return path === '/sign-up' ? <SignUpPage /> : <SignInPage notice={notice} />;
  }
  for (const [pattern, render] of ROUTES) {
    const params = matchPath(pattern, path);
    // Keyed by path: every page starts fresh, and its heading takes focus.
    if (params !== undefined) {
      return (
        <Layout>
          <Fragment key={pattern}>{render(params)}</Fragment>
        </Layout>
      );
    }
  }
  return (
    <Layout>
      <NotFound />
    </Layout>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Pages />
    </SessionProvider>
  );
}
