/**
 * The console in a real browser (issue 16): the machine's Chromium drives the built console served by a gateway
 * running in this process on PGlite, which runs only trusted documents (the SDK's operations, issue 17). Every
 * request to another origin is refused and fails the test, every page is checked by axe-core, and every page is
 * saved as a screenshot in test-results/.
 */

import { GetCallerIdentityDocument, trustedDocumentId } from '@iamgate/sdk';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  type ConsoleBrowser,
  openConsoleBrowser,
  screenshot,
} from '../support/browser.js';
import {
  type ConsoleGateway,
  ROOT_EMAIL,
  ROOT_PASSWORD,
  startConsoleGateway,
} from '../support/console-gateway.js';
import { currentStep, totpCode } from '../support/totp.js';

const ADMIN_PASSWORD = 'Admin-passw0rd-for-console';
const READER_PASSWORD = 'Reader-passw0rd-for-console';
const TYPO_POLICY = JSON.stringify(
  {
    Version: '2012-10-17',
    Statement: [{ Efect: 'Allow', Action: ['iam:ListUsers', 'iam:GetUser'], Resource: '*' }],
  },
  null,
  2,
);
const READ_USERS = TYPO_POLICY.replace('"Efect"', '"Effect"');
const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

describe('the iamgate console in Chromium', () => {
  let g: ConsoleGateway;
  let b: ConsoleBrowser;
  let page: Page;

  /** Checks the page with axe and saves its screenshot. */
  const checkPage = async (name: string) => {
    await page.waitForLoadState('networkidle');
    await screenshot(page, name);
    expect(await accessibilityViolations(page), `accessibility of ${name}`).toEqual([]);
  };
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const nav = (name: string) =>
    page
      .getByRole('navigation', { name: 'Identity and access management' })
      .getByRole('link', { name, exact: true });
  const signOut = async () => {
    await page.locator('.identity-button').click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await heading('Sign in to iamgate').waitFor();
  };
  const signInAsUser = async (userName: string, password: string) => {
    await page.getByRole('radio', { name: 'IAM user' }).check();
    await page.getByLabel('Account ID or alias').fill(g.account.id);
    await page.getByLabel('IAM user name').fill(userName);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('IAM dashboard').waitFor();
  };
  const sessionToken = () =>
    page.evaluate(() => {
      const raw = sessionStorage.getItem('iamgate.console.session');
      return raw === null ? undefined : (JSON.parse(raw) as { signedIn: { token: string } }).signedIn.token;
    });

  beforeAll(async () => {
    // The console sends only the SDK's operations, so it works where nothing else runs.
    g = await startConsoleGateway({ IAMGATE_SIGN_UP: 'open', IAMGATE_TRUSTED_DOCUMENTS: 'only' });
    b = await openConsoleBrowser(g.origin);
    page = b.page;
    // Hang guards, not budgets: on a loaded 2-core machine one click's round trip can take many seconds.
    page.setDefaultTimeout(60_000);
    await b.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: g.origin });
  });
  afterAll(async () => {
    await b?.close();
    await g?.close();
  });

  it('runs the administrator scenario: sign-in, users, groups, policies, simulator, switch role, audit, sign-out', async () => {
    // Sign in as root.
    await page.goto(`${g.origin}/console/`);
    await heading('Sign in to iamgate').waitFor();
    await checkPage('01-sign-in');
    await page.getByRole('radio', { name: 'Root user' }).check();
    await page.getByLabel('Root user email address').fill(ROOT_EMAIL);
    await page.getByLabel('Password').fill(ROOT_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('IAM dashboard').waitFor();
    await page.getByRole('region', { name: 'Security recommendations' }).getByText('MFA').first().waitFor();
    await checkPage('02-dashboard');
    // The token lives in this tab's sessionStorage only.
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    // Create an administrator with a console password and an inline policy allowing everything.
    await nav('Users').click();
    await heading('Users').waitFor();
    await page.getByRole('link', { name: 'Create user' }).click();
    await page.getByLabel('User name').fill('admin');
    await page.getByLabel('Console password (optional)').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Create user' }).click();
    await heading('admin').waitFor();
    await page.getByRole('button', { name: 'Add inline policy' }).click();
    await page.getByLabel('Policy name').fill('AdministratorAccess');
    await page.getByLabel('Policy document').fill(ADMIN_POLICY);
    await page.getByText('1 security warning').waitFor();
    await page.getByRole('button', { name: 'Save inline policy' }).click();
    await page.getByText('Inline policy AdministratorAccess saved.').waitFor();
    await checkPage('03-user-detail');

    // Sign out: the session is revoked at the gateway, not only forgotten.
    const rootToken = await sessionToken();
    await signOut();
    const afterSignOut = await fetch(`${g.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${rootToken}` },
      body: JSON.stringify({ documentId: trustedDocumentId(GetCallerIdentityDocument) }),
    });
    expect(
      ((await afterSignOut.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions
        .code,
    ).toBe('ExpiredToken');
    expect(await sessionToken()).toBeUndefined();

    // Sign in as the administrator; create a group.
    await signInAsUser('admin', ADMIN_PASSWORD);
    await nav('User groups').click();
    await page.getByRole('link', { name: 'Create group' }).click();
    await page.getByLabel('User group name').fill('readers');
    await checkPage('04-create-group');
    await page.getByRole('button', { name: 'Create group' }).click();
    await heading('readers').waitFor();
    await checkPage('05-group-detail');

    // Write a policy: the engine's finding for the typo shows while typing, and blocks creating it.
    await nav('Policies').click();
    await heading('Policies').waitFor();
    await checkPage('06-list-policies');
    await page.getByRole('link', { name: 'Create policy' }).click();
    const editor = page.getByLabel('Policy document (JSON)');
    await editor.fill(TYPO_POLICY);
    await page.getByText('`Efect` is not a statement element').waitFor();
    await page.locator('.code-highlight .mark-error').first().waitFor();
    expect(await page.getByRole('button', { name: 'Create policy' }).isDisabled()).toBe(true);
    await page
      .getByRole('button', { name: /Line 5, column 7/ })
      .first()
      .click();
    await checkPage('07-policy-editor-finding');
    // An action that does not exist: the gateway's checks, which know its services, say so once typing rests.
    await editor.fill(READ_USERS.replace('"iam:ListUsers"', '"iam:ListUser"'));
    await page.getByText('`iam:ListUser` matches no action of `iam`', { exact: false }).waitFor();
    await editor.fill(READ_USERS);
    await page.getByText('No findings').waitFor();
    const summary = page.getByRole('region', { name: 'Permissions defined in this policy' });
    await summary.getByRole('rowheader', { name: 'iam' }).waitFor();
    expect(await summary.getByRole('cell', { name: 'iam:GetUser, iam:ListUsers' }).isVisible()).toBe(true);
    await page.getByLabel('Policy name').fill('ReadUsers');
    await page.getByRole('button', { name: 'Create policy' }).click();
    await heading('ReadUsers').waitFor();
    await checkPage('08-policy-detail');

    // A second version: the diff shows what changed, and the first version can be made the default again.
    await page.getByRole('tab', { name: 'Policy versions' }).click();
    await page.getByRole('button', { name: 'Create new version' }).click();
    await page
      .getByLabel('Policy document (JSON)')
      .fill(READ_USERS.replace('"iam:GetUser"', '"iam:GetUser",\n        "iam:ListGroups"'));
    await page.getByRole('button', { name: 'Save version' }).click();
    await page.getByText('v2 created.').waitFor();
    const diff = page.getByRole('table', { name: 'v1 → v2' });
    await diff
      .getByRole('row')
      .filter({ hasText: '"iam:ListGroups"' })
      .getByRole('cell', { name: '+' })
      .waitFor();
    await checkPage('09-policy-versions');
    await page.getByRole('button', { name: 'Set v1 as default' }).click();
    await page.getByText('v1 is now the default version.').waitFor();

    // Attach it to the group, and create a user in the group.
    await nav('User groups').click();
    await page.getByRole('link', { name: 'readers' }).waitFor();
    await checkPage('10-list-groups');
    await page.getByRole('link', { name: 'readers' }).click();
    await page.getByRole('tab', { name: 'Permissions' }).click();
    await page.getByLabel('Policy to attach').selectOption({ label: 'ReadUsers' });
    await page.getByRole('button', { name: 'Attach policy' }).click();
    await page.getByRole('link', { name: 'ReadUsers' }).waitFor();
    await nav('Users').click();
    await page.getByRole('link', { name: 'admin', exact: true }).waitFor();
    await checkPage('11-list-users');
    await page.getByRole('link', { name: 'Create user' }).click();
    await page.getByLabel('User name').fill('reader');
    await page.getByLabel('Console password (optional)').fill(READER_PASSWORD);
    await page.getByLabel('readers').check();
    await checkPage('12-create-user');
    await page.getByRole('button', { name: 'Create user' }).click();
    await heading('reader').waitFor();
    await page.getByRole('tab', { name: 'Groups' }).click();
    await page.getByRole('link', { name: 'readers' }).waitFor();

    // Access keys: the secret is shown once, with a copy button; rotating deactivates the old key; delete confirms.
    await page.getByRole('tab', { name: 'Security credentials' }).click();
    await page.getByRole('button', { name: 'Create access key' }).click();
    const secret = page.getByTestId('secret-access-key');
    await secret.waitFor();
    const firstSecret = await secret.textContent();
    await page.getByRole('button', { name: 'Copy secret access key' }).click();
    await page.getByText('Copied', { exact: true }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstSecret);
    await checkPage('13-access-keys');
    await page.getByRole('button', { name: 'I have stored the secret' }).click();
    expect(await secret.count()).toBe(0);
    const keys = page.getByRole('table', { name: 'Access keys' });
    const firstKey = (await keys.getByRole('row').nth(1).getByRole('cell').first().textContent()) ?? '';
    expect(firstKey).toMatch(/^AKIA/);
    await page.getByRole('button', { name: `Rotate ${firstKey}` }).click();
    await secret.waitFor();
    expect(await secret.textContent()).not.toBe(firstSecret);
    await keys.getByRole('row').filter({ hasText: firstKey }).getByText('Inactive').waitFor();
    await page.getByRole('button', { name: `Delete ${firstKey}` }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/To confirm, type/)
      .fill(firstKey);
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await keys.getByRole('row').filter({ hasText: firstKey }).waitFor({ state: 'detached' });
    expect(await keys.getByRole('row').count()).toBe(2);

    // An MFA device for the user: its secret, then two consecutive codes, as an authenticator app shows them.
    await page.getByLabel('Device name').fill('reader-phone');
    await page.getByRole('button', { name: 'Assign MFA device' }).click();
    const seed = (await page.getByTestId('mfa-seed').textContent()) ?? '';
    const enabledAt = currentStep();
    await page.getByLabel('MFA code 1').fill(totpCode(seed, enabledAt - 1));
    await page.getByLabel('MFA code 2').fill(totpCode(seed, enabledAt));
    await page.getByRole('button', { name: 'Enable MFA device' }).click();
    await page.getByText(/MFA device \S+ enabled: sign-in now asks for its code\./).waitFor();

    // Simulate an allowed and a denied request of the new user.
    await nav('Policy simulator').click();
    await heading('Policy simulator').waitFor();
    await page.getByLabel('Principal', { exact: true }).selectOption({ label: 'reader' });
    await page.getByLabel('Actions (one per line)').fill('iam:ListUsers\niam:CreateUser');
    await page.getByRole('button', { name: 'Run simulation' }).click();
    const results = page.getByRole('table', { name: 'Simulation results' });
    const listUsers = results.getByRole('row').filter({ hasText: 'iam:ListUsers' });
    const createUser = results.getByRole('row').filter({ hasText: 'iam:CreateUser' });
    await listUsers.getByText('Allowed', { exact: true }).waitFor();
    // The statement that allowed it: the group's policy.
    expect(await listUsers.getByRole('listitem').filter({ hasText: 'ReadUsers' }).count()).toBeGreaterThan(0);
    await createUser.getByText('Denied (implicit deny)', { exact: true }).waitFor();
    expect(await createUser.getByRole('cell', { name: 'identity', exact: true }).isVisible()).toBe(true);
    await checkPage('14-simulator');

    // Create a role the account may assume, with the read-only policy, and switch to it.
    await nav('Roles').click();
    await page.getByRole('link', { name: 'Create role' }).click();
    await page.getByLabel('Role name').fill('Auditor');
    await page.getByLabel('ReadUsers').check();
    await checkPage('15-create-role');
    await page.getByRole('button', { name: 'Create role' }).click();
    await heading('Auditor').waitFor();
    // The summary's Edit changes the description; a permissions boundary is set, then removed.
    await page.getByRole('button', { name: 'Edit role Auditor' }).click();
    await page.getByLabel('Description', { exact: true }).fill('Reads users for audits');
    await page.getByLabel('Boundary policy').selectOption({ label: 'ReadUsers' });
    await checkPage('15b-role-settings');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Role Auditor updated.').waitFor();
    await page.getByRole('region', { name: 'Summary' }).getByText('Reads users for audits').waitFor();
    await page.getByRole('button', { name: 'Set boundary' }).click();
    await page.getByText('Permissions boundary set to ReadUsers.').waitFor();
    const boundary = page.getByRole('region', { name: 'Permissions boundary' });
    await boundary.getByRole('link', { name: 'ReadUsers' }).waitFor();
    await boundary.getByRole('button', { name: 'Remove boundary' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove boundary' }).click();
    await boundary.getByText('No permissions boundary is set.').waitFor();
    await page.getByRole('tab', { name: 'Trust relationships' }).click();
    await page.getByText('sts:AssumeRole').first().waitFor();
    await checkPage('16-role-detail');

    // A workload holding the role: its secret is shown once.
    await nav('Workloads').click();
    await checkPage('17-list-workloads');
    await page.getByRole('link', { name: 'Create workload' }).click();
    await page.getByLabel('Workload name').fill('reporting');
    await checkPage('18-create-workload');
    await page.getByRole('button', { name: 'Create workload' }).click();
    await page.getByTestId('workload-secret').waitFor();
    await page.getByRole('button', { name: 'I have stored the secret' }).click();
    await heading('reporting').waitFor();
    await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption({ label: 'Auditor' });
    await page.getByRole('button', { name: 'Attach role' }).click();
    await page.getByRole('region', { name: 'Role' }).getByRole('link', { name: 'Auditor' }).waitFor();
    await checkPage('19-workload-detail');

    await nav('Roles').click();
    await page.getByRole('link', { name: 'Auditor' }).waitFor();
    await checkPage('20-list-roles');
    await page.getByRole('link', { name: 'Auditor' }).click();
    await page.getByRole('link', { name: 'Switch to this role' }).click();
    await heading('Switch role').waitFor();
    expect(await page.getByLabel('IAM role name').inputValue()).toBe('Auditor');
    await checkPage('21-switch-role');
    await page.getByRole('button', { name: 'Switch role' }).click();
    await heading('IAM dashboard').waitFor();
    expect(await page.locator('.role-badge').textContent()).toBe('Auditor');

    // As the role, reading works and creating a user is refused: the denial names who, what, where and why.
    await nav('Users').click();
    await page.getByRole('link', { name: 'reader' }).waitFor();
    await page.getByRole('link', { name: 'Create user' }).click();
    await page.getByLabel('User name').fill('intruder');
    await page.getByRole('button', { name: 'Create user' }).click();
    // The create-user page may already show another refusal (the Auditor may not list groups): wait for this one.
    const denied = page.getByRole('alert').filter({ hasText: 'iam:CreateUser' });
    await denied.getByText('Access denied').waitFor();
    expect(await denied.textContent()).toContain(':assumed-role/Auditor/admin');
    expect(await denied.textContent()).toContain(':user/intruder');
    expect(await denied.textContent()).toMatch(/because no identity-based policy allows/);
    await checkPage('22-access-denied');
    await page.locator('.identity-button').click();
    await page.getByRole('button', { name: 'Switch back' }).click();
    await heading('IAM dashboard').waitFor();
    expect(await page.locator('.role-badge').count()).toBe(0);

    // The audit log has the refusal, linked to the user it named.
    await nav('Audit log').click();
    await heading('Audit log').waitFor();
    await page.getByLabel('Action', { exact: true }).fill('iam:CreateUser');
    await page.getByLabel('Decision', { exact: true }).selectOption('Deny');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    const events = page.getByRole('table', { name: 'Audit events, newest first' });
    await events.getByRole('row').filter({ hasText: 'Deny' }).first().waitFor();
    expect(await events.getByRole('row').filter({ hasText: 'Allow' }).count()).toBe(0);
    await events
      .getByRole('link', { name: /:role\/Auditor|assumed-role\/Auditor/ })
      .first()
      .waitFor();
    await checkPage('23-audit-log');
    await page.getByLabel('Decision', { exact: true }).selectOption('');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await events.getByRole('row').filter({ hasText: 'Allow' }).first().waitFor();
    await events
      .getByRole('link', { name: /:user\/reader$/ })
      .first()
      .click();
    await heading('reader').waitFor();
    await signOut();

    // The reader has an MFA device: the gateway answers MfaRequired, and the form asks for the current code.
    await page.getByRole('radio', { name: 'IAM user' }).check();
    await page.getByLabel('Account ID or alias').fill(g.account.id);
    await page.getByLabel('IAM user name').fill('reader');
    await page.getByLabel('Password').fill(READER_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const mfa = page.getByLabel('MFA code', { exact: true });
    await mfa.waitFor();
    // A code of a step after the one that enabled the device (each step's code is accepted once).
    await mfa.fill(totpCode(seed, Math.max(enabledAt + 1, currentStep())));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading('IAM dashboard').waitFor();
    // The reader may list users but not read the account's summary: the dashboard says so, naming the action.
    await page.getByRole('alert').filter({ hasText: 'iam:GetAccountSummary' }).waitFor();
    await checkPage('24-mfa-user-dashboard');
    await signOut();
    expect(b.foreignRequests).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  }, 600_000);

  it('signs up a new account where the gateway allows it, then acts as its root user', async () => {
    // Signed out whatever the test before left behind.
    await page.goto(`${g.origin}/console/`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await page.getByRole('link', { name: 'Create an account' }).click();
    await heading('Create an iamgate account').waitFor();
    await checkPage('25-sign-up');
    await page.getByLabel('Root user email address').fill('team@console.test');
    await page.getByLabel('Root user password').fill('Team-passw0rd-for-console');
    await page.getByLabel('Account alias (optional)').fill('team-console');
    await page.getByRole('button', { name: 'Create account' }).click();
    await heading('IAM dashboard').waitFor();
    const identity = (await page.locator('.identity-button').textContent()) ?? '';
    expect(identity).toMatch(/^root @ \d{12}$/);
    expect(identity).not.toContain(g.account.id);
    await signOut();
    expect(b.foreignRequests).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});

// GraphiQL sends documents of its own, so it lives on a gateway that runs any document (the default).
describe('GraphiQL in Chromium', () => {
  let g: ConsoleGateway;
  let b: ConsoleBrowser;

  beforeAll(async () => {
    g = await startConsoleGateway();
    b = await openConsoleBrowser(g.origin);
  });
  afterAll(async () => {
    await b?.close();
    await g?.close();
  });

  it('serves GraphiQL from the gateway itself: the page loads nothing from another origin', async () => {
    await b.page.goto(`${g.origin}/graphql`);
    await b.page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    await b.page.waitForLoadState('networkidle');
    await screenshot(b.page, '26-graphiql');
    expect(b.foreignRequests).toEqual([]);
  });
});
