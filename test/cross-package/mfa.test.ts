/**
 * MFA end to end through the SDK and the middleware (issue 13): `fromPassword` with an `mfaCodeProvider` signs in a
 * user whose password sign-ins need a code, and the session's token tells a local verifier that MFA was used
 * (`amr`, `auth_time`), so an `aws:MultiFactorAuthPresent` condition decides the same in process as at the gateway
 * (`IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent`).
 */
import {
  buildRequestContext,
  createTokenVerifier,
  type TokenVerifier,
  type VerifiedPrincipal,
} from '@iamgate/middleware';
import { fromPassword, type IamgateClient, IamgateError, type LocalEvaluator } from '@iamgate/sdk';
import { testDrivers } from '@iamgate/store/testing';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../packages/sdk/test/support/test-gateway.js';

const PASSWORD = 'Mfa-user-passw0rd-for-sdk';

describe.each(testDrivers())('MFA through the SDK and the middleware on %s', (driver) => {
  let t: TestGateway;
  let verifier: TokenVerifier;
  let seed: string;
  let evaluator: LocalEvaluator;
  const order = () => `arn:iamgate:orders::${t.account.id}:order/7`;
  /** The condition keys the middleware derives from a verified token, as an app's request would carry them. */
  const contextOf = (principal: VerifiedPrincipal) =>
    buildRequestContext(principal, { secureTransport: true, now: t.clock.now() });
  /** The next step's code each time, as a person would type a fresh one for each sign-in. */
  let step = 0;
  const nextCode = async () => {
    step += 1;
    return TOTP.generate({
      secret: Secret.fromBase32(seed),
      timestamp: t.clock.now().getTime() + step * 30_000,
    });
  };

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const jwks = await (
      await t.gateway.fetch(new Request('http://gateway.test/.well-known/jwks.json'))
    ).json();
    verifier = createTokenVerifier({
      jwks,
      issuer: 'http://localhost:4000',
      audience: 'iamgate',
      clock: t.clock.now,
    });
    await t.root.api.createUser({ userName: 'mo' });
    await t.root.api.createLoginProfile({ userName: 'mo', password: PASSWORD });
    await t.root.api.putUserPolicy({
      userName: 'mo',
      policyName: 'orders',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'orders:DeleteOrder',
            Resource: '*',
            Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } },
          },
        ],
      }),
    });
    const device = await t.root.api.createVirtualMFADevice({ virtualMFADeviceName: 'mo-phone' });
    seed = device.base32StringSeed;
    const now = t.clock.now().getTime();
    await t.root.api.enableMFADevice({
      userName: 'mo',
      serialNumber: device.virtualMFADevice.serialNumber,
      authenticationCode1: TOTP.generate({ secret: Secret.fromBase32(seed), timestamp: now - 30_000 }),
      authenticationCode2: TOTP.generate({ secret: Secret.fromBase32(seed), timestamp: now }),
    });
    evaluator = t.root.localEvaluator();
    await evaluator.ready();
  });
  afterAll(async () => {
    await evaluator?.close();
    await t?.cleanup();
  });

  it('signs in with a code from mfaCodeProvider, and refuses without one (MfaRequired)', async () => {
    const without = t.client(fromPassword({ account: t.account.id, userName: 'mo', password: PASSWORD }));
    await expect(without.credentials()).rejects.toSatisfy(
      (error) => error instanceof IamgateError && error.code === 'MfaRequired',
    );
    const mo: IamgateClient = t.client(
      fromPassword({ account: t.account.id, userName: 'mo', password: PASSWORD, mfaCodeProvider: nextCode }),
    );
    const principal = await verifier.verify((await mo.credentials())?.token ?? '');
    expect(principal.mfa).toEqual({
      present: true,
      authenticatedAt: Math.floor(t.clock.now().getTime() / 1000),
    });
    const local = await evaluator.authorize({
      principal,
      action: 'orders:DeleteOrder',
      resource: order(),
      context: contextOf(principal),
    });
    if (local.kind !== 'decided') throw new Error(`stale: ${local.reason}`);
    const remote = await mo.authorize({ action: 'orders:DeleteOrder', resource: order() });
    expect(local.decision.decision).toBe('Allow');
    expect(remote.decision.decision).toBe('Allow');
  });

  it('leaves an access-key session without MFA, denied locally and at the gateway alike', async () => {
    const key = await t.root.api.createAccessKey({ userName: 'mo' });
    const keyClient = t.client({ accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey });
    const principal = await verifier.verify((await keyClient.credentials())?.token ?? '');
    expect(principal.mfa).toEqual({ present: false });
    const local = await evaluator.authorize({
      principal,
      action: 'orders:DeleteOrder',
      resource: order(),
      context: contextOf(principal),
    });
    if (local.kind !== 'decided') throw new Error(`stale: ${local.reason}`);
    const remote = await keyClient.authorize({ action: 'orders:DeleteOrder', resource: order() });
    expect(local.decision.decision).toBe('ImplicitDeny');
    expect(remote.decision.decision).toBe('ImplicitDeny');
  });
});
