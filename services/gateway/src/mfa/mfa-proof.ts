import type { MfaDeviceSecret, Repositories } from '@iamgate/store';
import { stepOfCode } from './totp.js';

/** A code accepted for a principal: when, and by which device. */
export interface MfaProof {
  serialNumber: string;
  authenticatedAt: Date;
}

/**
 * Checks `code` against the devices enabled for a principal (`serialNumber` narrows to one) and accepts it once:
 * the code's time step must be later than the device's last accepted step, which `acceptStep` moves atomically, so
 * a code replayed (here or on another instance) is refused. Returns the proof, or undefined for a wrong, stale,
 * replayed or unknown code. Counting attempts is the caller's (sign-in counts them as sign-in failures).
 */
export async function proveMfa(
  store: Pick<Repositories, 'mfaDevices'>,
  devices: readonly MfaDeviceSecret[],
  code: string,
  serialNumber: string | undefined,
  now: Date,
): Promise<MfaProof | undefined> {
  for (const secret of devices) {
    if (serialNumber !== undefined && secret.device.serialNumber !== serialNumber) continue;
    const step = stepOfCode(secret.base32Seed, code, now, secret.lastStep);
    if (step === undefined) continue;
    if (await store.mfaDevices.acceptStep(secret.device.id, step, now)) {
      return { serialNumber: secret.device.serialNumber, authenticatedAt: now };
    }
  }
  return undefined;
}
