import { AccessKeysPanel } from './user-access-keys.js';
import { LoginProfilePanel } from './user-login-profile.js';
import { MfaDevicesPanel } from './user-mfa-devices.js';

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
