import type { CreateAccessKeyMutation } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { CopyButton } from '../components/copy-button.js';
import { Loading, Section, Success, When } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';

type NewKey = CreateAccessKeyMutation['createAccessKey'];

/** The "Security credentials" tab of a user: console password, access keys and MFA devices. */
export function CredentialsPanel({ userName }: { userName: string }) {
  return (
    <>
      <LoginProfilePanel userName={userName} />
      <AccessKeysPanel userName={userName} />
      <MfaDevicesPanel userName={userName} />
    </>
  );
}

function LoginProfilePanel({ userName }: { userName: string }) {
  // `NoSuchEntity` is the answer for a user without a password, not a failure.
  const profile = useQuery(
    (c) =>
      c.api.getLoginProfile({ userName }).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'NoSuchEntity') return null;
        throw error;
      }),
    [userName],
  );
  const action = useAction();
  const [password, setPassword] = useState('');
  const [reset, setReset] = useState(true);
  const [removing, setRemoving] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const ids = { password: useId(), reset: useId() };
  const exists = profile.data != null;
  return (
    <Section title="Console password">
      <ProblemNotice
        problem={profile.problem ?? action.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {done && <Success>{done}</Success>}
      {profile.loading && <Loading what="the login profile" />}
      {profile.data === null && <p>This user has no console password and cannot sign in to the console.</p>}
      {profile.data && (
        <p>
          Password set <When iso={profile.data.passwordLastChanged} />
          {profile.data.passwordResetRequired ? ': must be changed at next sign-in.' : '.'}
        </p>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const result = await action.run((c) =>
            exists
              ? c.api.updateLoginProfile({ userName, password, passwordResetRequired: reset })
              : c.api.createLoginProfile({ userName, password, passwordResetRequired: reset }),
          );
          if (result !== undefined) {
            setPassword('');
            setDone(exists ? 'Password changed.' : 'Console access enabled.');
            profile.reload();
          }
        }}
      >
        <label htmlFor={ids.password}>{exists ? 'New password' : 'Password'}</label>
        <input
          id={ids.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="new-password"
          required
        />
        <input id={ids.reset} type="checkbox" checked={reset} onChange={(e) => setReset(e.target.checked)} />
        <label htmlFor={ids.reset}>Require a new password at next sign-in</label>
        <button type="submit" className="button" disabled={action.pending}>
          {exists ? 'Set password' : 'Enable console access'}
        </button>
        {exists && (
          <button type="button" className="button button-danger" onClick={() => setRemoving(true)}>
            Disable console access
          </button>
        )}
      </form>
      <ConfirmDialog
        open={removing}
        title="Disable console access?"
        actionLabel="Disable"
        onCancel={() => setRemoving(false)}
        onConfirm={async () => {
          setRemoving(false);
          if ((await action.run((c) => c.api.deleteLoginProfile({ userName }))) !== undefined)
            profile.reload();
        }}
      >
        <p>The user's password is deleted; its access keys keep working.</p>
      </ConfirmDialog>
    </Section>
  );
}

function AccessKeysPanel({ userName }: { userName: string }) {
  const keys = useQuery((c) => c.api.listAccessKeys({ userName }), [userName]);
  const action = useAction();
  const [created, setCreated] = useState<NewKey | undefined>();
  const [deleting, setDeleting] = useState<string | undefined>();
  const list = keys.data ?? [];
  const create = async (rotating?: string) => {
    const key = await action.run(async (c) => {
      const fresh = await c.api.createAccessKey({ userName });
      if (rotating !== undefined)
        await c.api.updateAccessKey({ userName, accessKeyId: rotating, status: 'Inactive' });
      return fresh;
    });
    if (key) {
      setCreated(key);
      keys.reload();
    }
  };
  return (
    <Section
      title="Access keys"
      actions={
        <button
          type="button"
          className="button"
          disabled={action.pending || list.length >= 2}
          onClick={() => create()}
        >
          Create access key
        </button>
      }
    >
      <ProblemNotice
        problem={keys.problem ?? action.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {created && (
        <div className="notice notice-success secret" role="status">
          <p>
            <strong>Access key created.</strong> This is the only time the secret access key can be seen: copy
            it now.
          </p>
          <dl className="summary">
            <div>
              <dt>Access key ID</dt>
              <dd>
                <code>{created.accessKeyId}</code>{' '}
                <CopyButton value={created.accessKeyId} label="Copy access key ID" />
              </dd>
            </div>
            <div>
              <dt>Secret access key</dt>
              <dd>
                <code data-testid="secret-access-key">{created.secretAccessKey}</code>{' '}
                <CopyButton value={created.secretAccessKey} label="Copy secret access key" />
              </dd>
            </div>
          </dl>
          <button type="button" className="button button-small" onClick={() => setCreated(undefined)}>
            I have stored the secret
          </button>
        </div>
      )}
      {keys.data && list.length === 0 && <p className="muted">No access keys.</p>}
      {list.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Access keys</caption>
          <thead>
            <tr>
              <th scope="col">Access key ID</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((k) => (
              <tr key={k.accessKeyId}>
                <td>
                  <code>{k.accessKeyId}</code>
                </td>
                <td>{k.status}</td>
                <td>
                  <When iso={k.createDate} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={action.pending}
                    onClick={async () => {
                      const status = k.status === 'Active' ? 'Inactive' : 'Active';
                      const done = await action.run((c) =>
                        c.api.updateAccessKey({ userName, accessKeyId: k.accessKeyId, status }),
                      );
                      if (done) keys.reload();
                    }}
                  >
                    {k.status === 'Active' ? 'Deactivate' : 'Activate'}
                    <span className="visually-hidden"> {k.accessKeyId}</span>
                  </button>
                  {k.status === 'Active' && list.length < 2 && (
                    <button
                      type="button"
                      className="button button-small"
                      disabled={action.pending}
                      onClick={() => create(k.accessKeyId)}
                    >
                      Rotate<span className="visually-hidden"> {k.accessKeyId}</span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button-small"
                    disabled={action.pending}
                    onClick={() => setDeleting(k.accessKeyId)}
                  >
                    Delete<span className="visually-hidden"> {k.accessKeyId}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">
        Rotate creates a new key, shows its secret once and deactivates the old one; delete the old key once
        nothing uses it.
      </p>
      <ConfirmDialog
        open={deleting !== undefined}
        title="Delete access key?"
        confirmText={deleting}
        actionLabel="Delete"
        onCancel={() => setDeleting(undefined)}
        onConfirm={async () => {
          const id = deleting;
          setDeleting(undefined);
          if (
            id &&
            (await action.run((c) => c.api.deleteAccessKey({ userName, accessKeyId: id }))) !== undefined
          ) {
            keys.reload();
          }
        }}
      >
        <p>Anything that signs in with this key will be refused from now on.</p>
      </ConfirmDialog>
    </Section>
  );
}

type NewDevice = { serialNumber: string; seed: string; uri: string };

/**
 * The user's MFA devices, and assigning a virtual one as AWS's console does: the device's secret (to type into an
 * authenticator app, or its `otpauth://` URI), then two consecutive codes from the app to prove it is set up.
 */
function MfaDevicesPanel({ userName }: { userName: string }) {
  const devices = useQuery((c) => c.api.listMFADevices({ userName }), [userName]);
  const action = useAction();
  const [deviceName, setDeviceName] = useState('');
  const [pending, setPending] = useState<NewDevice | undefined>();
  const [code1, setCode1] = useState('');
  const [code2, setCode2] = useState('');
  const [removing, setRemoving] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const ids = { name: useId(), code1: useId(), code2: useId() };
  return (
    <Section title="Multi-factor authentication (MFA)">
      <ProblemNotice
        problem={devices.problem ?? action.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {done && <Success>{done}</Success>}
      {devices.data?.length === 0 && <p className="muted">No MFA device: sign-in needs the password only.</p>}
      {devices.data && devices.data.length > 0 && (
        <ul className="plain-list">
          {devices.data.map((d) => (
            <li key={d.serialNumber}>
              <code>{d.serialNumber}</code> enabled <When iso={d.enableDate} />{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => setRemoving(d.serialNumber)}
              >
                Remove<span className="visually-hidden"> {d.serialNumber}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {pending === undefined ? (
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            const created = await action.run((c) =>
              c.api.createVirtualMFADevice({ virtualMFADeviceName: deviceName.trim() }),
            );
            if (created) {
              setPending({
                serialNumber: created.virtualMFADevice.serialNumber,
                seed: created.base32StringSeed,
                uri: created.otpauthUri,
              });
              setDone(undefined);
            }
          }}
        >
          <label htmlFor={ids.name}>Device name</label>
          <input id={ids.name} value={deviceName} onChange={(e) => setDeviceName(e.target.value)} required />
          <button type="submit" className="button" disabled={action.pending}>
            Assign MFA device
          </button>
        </form>
      ) : (
        <form
          className="panel-inner"
          onSubmit={async (e) => {
            e.preventDefault();
            const enabled = await action.run((c) =>
              c.api.enableMFADevice({
                userName,
                serialNumber: pending.serialNumber,
                authenticationCode1: code1.trim(),
                authenticationCode2: code2.trim(),
              }),
            );
            if (enabled) {
              setPending(undefined);
              setCode1('');
              setCode2('');
              setDeviceName('');
              setDone(`MFA device ${enabled.serialNumber} enabled: sign-in now asks for its code.`);
              devices.reload();
            }
          }}
        >
          <h3>Set up the device</h3>
          <p>
            Add this key to an authenticator app (it is shown only now), then enter two consecutive codes it
            shows.
          </p>
          <p>
            Secret key <code data-testid="mfa-seed">{pending.seed}</code>{' '}
            <CopyButton value={pending.seed} label="Copy secret key" />
          </p>
          <p>
            Or import <code>{pending.uri}</code> <CopyButton value={pending.uri} label="Copy otpauth URI" />
          </p>
          <div className="field">
            <label htmlFor={ids.code1}>MFA code 1</label>
            <input
              id={ids.code1}
              inputMode="numeric"
              pattern="[0-9]{6}"
              value={code1}
              onChange={(e) => setCode1(e.target.value)}
              autoComplete="one-time-code"
              required
            />
          </div>
          <div className="field">
            <label htmlFor={ids.code2}>MFA code 2</label>
            <input
              id={ids.code2}
              inputMode="numeric"
              pattern="[0-9]{6}"
              value={code2}
              onChange={(e) => setCode2(e.target.value)}
              autoComplete="one-time-code"
              required
            />
          </div>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={async () => {
                const serialNumber = pending.serialNumber;
                setPending(undefined);
                await action.run((c) => c.api.deleteVirtualMFADevice({ serialNumber }));
              }}
            >
              Cancel
            </button>
            <button type="submit" className="button button-primary" disabled={action.pending}>
              Enable MFA device
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={removing !== undefined}
        title="Remove MFA device?"
        actionLabel="Remove"
        onCancel={() => setRemoving(undefined)}
        onConfirm={async () => {
          const serialNumber = removing;
          setRemoving(undefined);
          if (serialNumber === undefined) return;
          const removed = await action.run(async (c) => {
            await c.api.deactivateMFADevice({ userName, serialNumber });
            return c.api.deleteVirtualMFADevice({ serialNumber });
          });
          if (removed !== undefined) devices.reload();
        }}
      >
        <p>Sign-in will ask for the password only.</p>
      </ConfirmDialog>
    </Section>
  );
}
