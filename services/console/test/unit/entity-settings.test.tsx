// @vitest-environment jsdom
import { AccessDeniedError } from '@iamgate/sdk';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PermissionsBoundaryPanel } from '../../src/components/permissions-boundary.js';
import { RenameForm, renamedArn, renameErrors } from '../../src/components/rename-form.js';
import { EditRoleForm, sessionDurationLabel } from '../../src/pages/role-settings.js';
import { fakeSession } from '../support/fake-session.js';

const ACCOUNT = '111122223333';
const BOUNDARY = `arn:iamgate:iam::${ACCOUNT}:policy/DevBoundary`;
const OTHER = `arn:iamgate:iam::${ACCOUNT}:policy/ReadUsers`;
const PRINCIPAL = `arn:iamgate:iam::${ACCOUNT}:user/intern`;

function denied(action: string, resource: string) {
  return new AccessDeniedError(
    `\`${PRINCIPAL}\` is not authorized to perform \`${action}\` on resource \`${resource}\` because no identity-based policy allows the \`${action}\` action`,
    { extensions: { code: 'AccessDenied', principal: PRINCIPAL, action, resource, deniedBy: [] } },
  );
}

const policies = async () => ({
  edges: [BOUNDARY, OTHER].map((arn) => ({
    cursor: arn,
    node: { arn, policyName: arn.slice(arn.lastIndexOf('/') + 1), isAttachable: true },
  })),
  pageInfo: { hasNextPage: false, endCursor: null },
});

beforeAll(() => {
  // jsdom has no <dialog> methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});
afterEach(cleanup);

describe('the permissions boundary panel', () => {
  it('sets a boundary chosen among the managed policies', async () => {
    const { calls, wrapper } = fakeSession({
      listPolicies: policies,
      putUserPermissionsBoundary: async () => true,
    });
    const onChange = vi.fn();
    render(
      <PermissionsBoundaryPanel
        holder={{ kind: 'user', name: 'alice' }}
        boundary={null}
        onChange={onChange}
      />,
      {
        wrapper,
      },
    );
    expect(screen.getByText('No permissions boundary is set.')).toBeTruthy();
    await screen.findByRole('option', { name: 'DevBoundary' });
    expect(screen.getByRole('button', { name: 'Set boundary' }).hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByLabelText('Boundary policy'), { target: { value: BOUNDARY } });
    fireEvent.click(screen.getByRole('button', { name: 'Set boundary' }));
    await screen.findByText('Permissions boundary set to DevBoundary.');
    expect(calls.putUserPermissionsBoundary).toHaveBeenCalledWith({
      userName: 'alice',
      permissionsBoundary: BOUNDARY,
    });
    expect(onChange).toHaveBeenCalledOnce();
  });

  it("shows a role's boundary and removes it after a confirmation", async () => {
    const { calls, wrapper } = fakeSession({
      listPolicies: policies,
      deleteRolePermissionsBoundary: async () => true,
    });
    const onChange = vi.fn();
    render(
      <PermissionsBoundaryPanel
        holder={{ kind: 'role', name: 'Auditor' }}
        boundary={BOUNDARY}
        onChange={onChange}
      />,
      { wrapper },
    );
    expect(screen.getByRole('link', { name: 'DevBoundary' })).toBeTruthy();
    // The current boundary is not offered again.
    await screen.findByRole('option', { name: 'ReadUsers' });
    expect(screen.queryByRole('option', { name: 'DevBoundary' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove boundary' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove permissions boundary?' });
    expect(calls.deleteRolePermissionsBoundary).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove boundary' }));
    await screen.findByText('Permissions boundary removed.');
    expect(calls.deleteRolePermissionsBoundary).toHaveBeenCalledWith({ roleName: 'Auditor' });
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('shows a refusal as the AccessDenied notice, naming the action', async () => {
    const { wrapper } = fakeSession({
      listPolicies: policies,
      putRolePermissionsBoundary: async () => {
        throw denied('iam:PutRolePermissionsBoundary', `arn:iamgate:iam::${ACCOUNT}:role/Auditor`);
      },
    });
    const onChange = vi.fn();
    render(
      <PermissionsBoundaryPanel
        holder={{ kind: 'role', name: 'Auditor' }}
        boundary={null}
        onChange={onChange}
      />,
      {
        wrapper,
      },
    );
    await screen.findByRole('option', { name: 'ReadUsers' });
    fireEvent.change(screen.getByLabelText('Boundary policy'), { target: { value: OTHER } });
    fireEvent.click(screen.getByRole('button', { name: 'Set boundary' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Access denied');
    expect(alert.textContent).toContain('iam:PutRolePermissionsBoundary');
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe("the role's Edit form", () => {
  const role = { roleName: 'Auditor', description: 'Reads users', maxSessionDuration: 3600 };

  it('sends only what changed to updateRole', async () => {
    const { calls, wrapper } = fakeSession({ updateRole: async () => ({}) });
    const onDone = vi.fn();
    render(<EditRoleForm role={role} onDone={onDone} onCancel={vi.fn()} />, { wrapper });
    // The Edit button that opened it is gone: focus is on the first field.
    expect(document.activeElement).toBe(screen.getByLabelText('Description'));
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: ' Reads users and groups ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(calls.updateRole).toHaveBeenCalledWith({
      roleName: 'Auditor',
      description: 'Reads users and groups',
    });

    cleanup();
    const second = fakeSession({ updateRole: async () => ({}) });
    render(<EditRoleForm role={role} onDone={onDone} onCancel={vi.fn()} />, { wrapper: second.wrapper });
    fireEvent.change(screen.getByLabelText('Maximum session duration'), {
      target: { value: String(4 * 3600) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(2));
    expect(second.calls.updateRole).toHaveBeenCalledWith({ roleName: 'Auditor', maxSessionDuration: 14_400 });
  });

  it('offers 1 to 12 hours, keeps a duration that is not whole hours, and asks nothing when nothing changed', () => {
    const { calls, wrapper } = fakeSession({ updateRole: async () => ({}) });
    const onCancel = vi.fn();
    render(
      <EditRoleForm role={{ ...role, maxSessionDuration: 5400 }} onDone={vi.fn()} onCancel={onCancel} />,
      {
        wrapper,
      },
    );
    const options = within(screen.getByLabelText('Maximum session duration')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      '1 hour',
      '1 hour 30 minutes',
      ...Array.from({ length: 11 }, (_, i) => `${i + 2} hours`),
    ]);
    expect((screen.getByLabelText('Maximum session duration') as HTMLSelectElement).value).toBe('5400');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(calls.updateRole).not.toHaveBeenCalled();
    expect(sessionDurationLabel(43_200)).toBe('12 hours');
  });

  it('shows a refusal as the AccessDenied notice', async () => {
    const { wrapper } = fakeSession({
      updateRole: async () => {
        throw denied('iam:UpdateRole', `arn:iamgate:iam::${ACCOUNT}:role/Auditor`);
      },
    });
    const onDone = vi.fn();
    render(<EditRoleForm role={role} onDone={onDone} onCancel={vi.fn()} />, { wrapper });
    fireEvent.change(screen.getByLabelText('Description'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Access denied');
    expect(alert.textContent).toContain('iam:UpdateRole');
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('renaming a user or group', () => {
  const user = {
    kind: 'user' as const,
    name: 'alice',
    path: '/',
    arn: `arn:iamgate:iam::${ACCOUNT}:user/alice`,
  };

  it('shows the new ARN and changes nothing until confirmed, then sends only what changed', async () => {
    const { calls, wrapper } = fakeSession({ updateUser: async () => ({}) });
    const onDone = vi.fn();
    render(<RenameForm target={user} onDone={onDone} onCancel={vi.fn()} />, { wrapper });
    expect(document.activeElement).toBe(screen.getByLabelText('User name'));
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'alice.smith' } });
    fireEvent.change(screen.getByLabelText('Path'), { target: { value: '/engineering/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const dialog = screen.getByRole('dialog', { name: 'Change the ARN of alice?' });
    expect(dialog.textContent).toContain(`arn:iamgate:iam::${ACCOUNT}:user/alice`);
    expect(dialog.textContent).toContain(`arn:iamgate:iam::${ACCOUNT}:user/engineering/alice.smith`);
    expect(calls.updateUser).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm change' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('alice.smith'));
    expect(calls.updateUser).toHaveBeenCalledWith({
      userName: 'alice',
      newUserName: 'alice.smith',
      newPath: '/engineering/',
    });
  });

  it('renames a group with updateGroup, sending the name only when the path is kept', async () => {
    const { calls, wrapper } = fakeSession({ updateGroup: async () => ({}) });
    const onDone = vi.fn();
    const group = {
      kind: 'group' as const,
      name: 'readers',
      path: '/',
      arn: `arn:iamgate:iam::${ACCOUNT}:group/readers`,
    };
    render(<RenameForm target={group} onDone={onDone} onCancel={vi.fn()} />, { wrapper });
    fireEvent.change(screen.getByLabelText('User group name'), { target: { value: 'auditors' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm change' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('auditors'));
    expect(calls.updateGroup).toHaveBeenCalledWith({ groupName: 'readers', newGroupName: 'auditors' });
  });

  it('says what is wrong with the name and path before asking, and shows a refusal as AccessDenied', async () => {
    const { calls, wrapper } = fakeSession({
      updateUser: async () => {
        throw denied('iam:UpdateUser', user.arn);
      },
    });
    const onDone = vi.fn();
    render(<RenameForm target={user} onDone={onDone} onCancel={vi.fn()} />, { wrapper });
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'alice smith' } });
    fireEvent.change(screen.getByLabelText('Path'), { target: { value: 'engineering' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(Array.from(screen.getByRole('alert').querySelectorAll('li'), (li) => li.textContent)).toEqual([
      'A user name is 1-64 letters, digits and the characters + = , . @ _ -.',
      'A path starts and ends with `/`, such as `/engineering/`.',
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.change(screen.getByLabelText('User name'), { target: { value: 'bob' } });
    fireEvent.change(screen.getByLabelText('Path'), { target: { value: '/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm change' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Access denied');
    expect(alert.textContent).toContain('iam:UpdateUser');
    expect(calls.updateUser).toHaveBeenCalledOnce();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('computes the new ARN and checks names', () => {
    expect(renamedArn(`arn:aws:iam::${ACCOUNT}:group/a/b/readers`, 'group', '/', 'auditors')).toBe(
      `arn:aws:iam::${ACCOUNT}:group/auditors`,
    );
    expect(renameErrors('group', 'x'.repeat(128), '/a/b/')).toEqual([]);
    expect(renameErrors('user', 'x'.repeat(65), '/')).toHaveLength(1);
    expect(renameErrors('user', '', '/')).toEqual(['Give a name.']);
  });
});
