import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { CopyButton } from '../components/copy-button.js';
import { FormActions } from '../components/form-actions.js';
import { MfaCodeField } from '../components/form-fields.js';
import { ItemButton } from '../components/item-button.js';
import { Section, Success, When } from '../components/page.js';
import { DismissibleProblem } from '../components/problem-notice.js';

type NewDevice = { serialNumber: string; seed: string; uri: string };

/**
 * The user's MFA devices, and assigning a virtual one as AWS's console does: the device's secret (to type into an
 * authenticator app, or its `otpauth://` URI), then two consecutive codes from the app to prove it is set up.
 */
export function MfaDevicesPanel({ userName }: { userName: string }) {
  const devices = useQuery((c) => c.api.listMFADevices({ userName }), [userName]);
  const action = useAction();
  const [deviceName, setDeviceName] = useState('');
  const [pending, setPending] = useState<NewDevice | undefined>();
  const [code1, setCode1] = useState('');
  const [code2, setCode2] = useState('');
  const [removing, setRemoving] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const nameId = useId();
  return (
    <Section title="Multi-factor authentication (MFA)">
      <DismissibleProblem read={devices.problem} action={action} />
      {done && <Success>{done}</Success>}
      {devices.data?.length === 0 && <p className="muted">No MFA device: sign-in needs the password only.</p>}
      {devices.data && devices.data.length > 0 && (
        <ul className="plain-list">
          {devices.data.map((d) => (
            <li key={d.serialNumber}>
              <code>{d.serialNumber}</code> enabled <When iso={d.enableDate} />{' '}
              <ItemButton label="Remove" item={d.serialNumber} onClick={() => setRemoving(d.serialNumber)} />
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
          <label htmlFor={nameId}>Device name</label>
          <input id={nameId} value={deviceName} onChange={(e) => setDeviceName(e.target.value)} required />
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
          <MfaCodeField label="MFA code 1" value={code1} onChange={setCode1} />
          <MfaCodeField label="MFA code 2" value={code2} onChange={setCode2} />
          <FormActions
            submitLabel="Enable MFA device"
            disabled={action.pending}
            cancel={() => {
              // The device was created to show its secret: cancelling deletes it, as it was never enabled.
              const serialNumber = pending.serialNumber;
              setPending(undefined);
              void action.run((c) => c.api.deleteVirtualMFADevice({ serialNumber }));
            }}
          />
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
          await action.runThen(async (c) => {
            await c.api.deactivateMFADevice({ userName, serialNumber });
            return c.api.deleteVirtualMFADevice({ serialNumber });
          }, devices.reload);
        }}
      >
        <p>Sign-in will ask for the password only.</p>
      </ConfirmDialog>
    </Section>
  );
}
