/**
 * MFA from the command line (issue 13), as the AWS CLI does it: `iam create-virtual-mfa-device`,
 * `iam enable-mfa-device --authentication-code1 --authentication-code2`, then `sign-in --mfa-code`, and
 * `sts get-session-token --serial-number --token-code` (`IAM/latest/UserGuide/id_credentials_mfa_enable_cliapi.html`).
 * Codes come from the seed through `otpauth`, as an authenticator app makes them, at the real clock.
 */
import { testDrivers } from '@iamgate/store/testing';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';

const codeAt = (seed: string, steps: number) =>
  TOTP.generate({ secret: Secret.fromBase32(seed), timestamp: Date.now() + steps * 30_000 });

describe.each(testDrivers())('MFA commands against a real gateway on %s', (driver) => {
  let t: CliGateway;

  beforeAll(async () => {
    t = await startCliGateway(driver);
  });
  afterAll(async () => t?.cleanup());

  const signIn = (more: string[] = []) =>
    t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin', ...more], {
      stdin: `${ROOT_PASSWORD}\n`,
    });

  it('creates and enables a device for root, then signs in with its code', async () => {
    expect((await signIn()).code).toBe(ExitCode.Ok);
    const created = await t.run(['iam', 'create-virtual-mfa-device', '--virtual-mfa-device-name', 'laptop']);
    expect(created.stderr).toBe('');
    const { base32StringSeed: seed, virtualMFADevice } = created.json();
    const serial = virtualMFADevice.serialNumber as string;
    // The previous step's code and the current one: two consecutive codes, as `aws iam enable-mfa-device` takes.
    const enabled = await t.run([
      'iam',
      'enable-mfa-device',
      '--serial-number',
      serial,
      '--authentication-code1',
      codeAt(seed, -1),
      '--authentication-code2',
      codeAt(seed, 0),
    ]);
    expect(enabled.stderr).toBe('');
    expect(enabled.json()).toMatchObject({ serialNumber: serial, assignedToRoot: true });

    const without = await signIn(['--profile', 'no-code']);
    expect(without.code).toBe(ExitCode.ServiceError);
    expect(without.stderr).toMatch(/^iamgate: MfaRequired: /);
    // The current step's code was spent by enabling: the next one signs in.
    const withCode = await signIn([
      '--profile',
      'mfa',
      '--mfa-code',
      codeAt(seed, 1),
      '--serial-number',
      serial,
    ]);
    expect(withCode.stderr).toBe('');
    expect(withCode.code).toBe(ExitCode.Ok);
    const devices = await t.run(['iam', 'list-mfa-devices', '--profile', 'mfa']);
    expect(devices.json()).toEqual([
      { serialNumber: serial, userName: null, enableDate: expect.any(String) },
    ]);
    // `--serial-number` alone is a usage error, sent nowhere.
    const before = t.requests();
    const lone = await signIn(['--profile', 'x', '--serial-number', serial]);
    expect(lone.code).toBe(ExitCode.Usage);
    expect(t.requests()).toBe(before);
  });
});
