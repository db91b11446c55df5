/**
 * Virtual MFA devices (issue 13), as AWS has them (`IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html`,
 * `IAM/latest/APIReference/API_CreateVirtualMFADevice.html`, `API_EnableMFADevice.html`): created with a seed shown
 * once, enabled with two consecutive codes, then required at every password sign-in; a code works once.
 * `getSessionToken` and `assumeRole` take `serialNumber` and `tokenCode` so that `aws:MultiFactorAuthPresent` in a
 * trust or identity policy works end to end (`id_credentials_mfa_configure-api-require.html`).
 *
 * Codes are computed here with `otpauth` directly from the seed, as an authenticator app would, at the gateway's
 * (test) clock.
 */
import { testDrivers } from '@iamgate/store/testing';
import { decodeJwt } from 'jose';
import { Secret, TOTP, URI } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumeRole, createRole, trust, whoAmI } from './support/roles.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/** The code an authenticator app shows for `seed`, `offsetSteps` steps of 30 s from `now`. */
function code(seed: string, now: Date, offsetSteps = 0): string {
  return TOTP.generate({ secret: Secret.fromBase32(seed), timestamp: now.getTime() + offsetSteps * 30_000 });
}

interface Device {
  serialNumber: string;
  seed: string;
}

const CREATE =
  'mutation($n: String!) { createVirtualMFADevice(virtualMFADeviceName: $n) { base32StringSeed otpauthUri ' +
  'virtualMFADevice { serialNumber enableDate assignedToRoot } } }';
const ENABLE =
  'mutation($u: String, $s: String!, $c1: String!, $c2: String!) { enableMFADevice(userName: $u, serialNumber: $s, ' +
  'authenticationCode1: $c1, authenticationCode2: $c2) { serialNumber userName assignedToRoot enableDate } }';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token mfaAuthenticated } }';
const SESSION_TOKEN =
  'mutation($s: String, $c: String) { getSessionToken(serialNumber: $s, tokenCode: $c) { sessionToken } }';

describe.each(testDrivers())('virtual MFA devices on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  /** Root's own device, enabled by the first test. */
  let rootDevice: Device;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  const rootSignIn = (mfaCode?: string) =>
    t.gql<{ signIn: { token: string; mfaAuthenticated: boolean } }>(SIGN_IN, {
      i: { root: { email: t.account.rootEmail, password: 'Root-passw0rd-for-tests', mfaCode } },
    });
  const userSignIn = (userName: string, mfaCode?: string) =>
    t.gql<{ signIn: { token: string; mfaAuthenticated: boolean } }>(SIGN_IN, {
      i: { user: { account: t.account.id, userName, password: USER_PASSWORD, mfaCode } },
    });

  async function createDevice(token: string, name: string): Promise<Device> {
    type Created = {
      createVirtualMFADevice: {
        base32StringSeed: string;
        otpauthUri: string;
        virtualMFADevice: { serialNumber: string; enableDate: string | null };
      };
    };
    const made = ok(await t.gql<Created>(CREATE, { n: name }, { token })).createVirtualMFADevice;
    expect(made.virtualMFADevice.enableDate).toBeNull();
    return { serialNumber: made.virtualMFADevice.serialNumber, seed: made.base32StringSeed };
  }

  /** Enables with the codes of the previous step and this one, as a person copying two codes in a row would. */
  function enable(token: string, device: Device, userName?: string) {
    const now = t.clock.now();
    return t.gql(
      ENABLE,
      { u: userName, s: device.serialNumber, c1: code(device.seed, now, -1), c2: code(device.seed, now) },
      { token },
    );
  }

  it('root enables a device and then signs in only with a fresh code, each code once', async () => {
    const device = await createDevice(root, 'root-phone');
    rootDevice = device;
    expect(device.serialNumber).toBe(`arn:iamgate:iam::${t.account.id}:mfa/root-phone`);
    const enabled = ok(await enable(root, device)) as { enableMFADevice: Record<string, unknown> };
    expect(enabled.enableMFADevice).toMatchObject({ assignedToRoot: true, userName: null });

    // The password alone is no longer enough (`MfaRequired`), a wrong code fails like a wrong password.
    expect(codeOf(await rootSignIn())).toBe('MfaRequired');
    expect(codeOf(await rootSignIn('000000'))).toBe('InvalidClientTokenId');
    // The code of the step enabling accepted is spent: only a later step's code signs in.
    expect(codeOf(await rootSignIn(code(device.seed, t.clock.now())))).toBe('InvalidClientTokenId');
    t.clock.advance(30);
    const now = t.clock.now();
    const signedIn = ok(await rootSignIn(code(device.seed, now))).signIn;
    expect(signedIn.mfaAuthenticated).toBe(true);
    // The token says so to verifiers (RFC 8176 `amr`, OIDC `auth_time`), which the middleware reads.
    const claims = decodeJwt(signedIn.token);
    expect(claims.amr).toEqual(['pwd', 'mfa', 'otp']);
    expect(claims.auth_time).toBe(Math.floor(now.getTime() / 1000));
    // Replayed: refused, even within its 30 seconds.
    expect(codeOf(await rootSignIn(code(device.seed, now)))).toBe('InvalidClientTokenId');
    root = signedIn.token;
    expect((await whoAmI(t, root)).arn).toBe(`arn:iamgate:iam::${t.account.id}:root`);
    type Listed = { listMFADevices: { serialNumber: string; userName: string | null }[] };
    expect(
      ok(await t.gql<Listed>('{ listMFADevices { serialNumber userName } }', {}, { token: root })),
    ).toEqual({
      listMFADevices: [{ serialNumber: device.serialNumber, userName: null }],
    });
  });

  it('refuses wrong, non-consecutive and foreign codes when enabling, and a second enabling', async () => {
    const device = await createDevice(root, 'spare');
    await userWithPolicy(t, root, 'bob', null);
    const now = t.clock.now();
    // Wrong pairs count on bob's lockout (the device's owner to be), not on root's.
    const send = (c1: string, c2: string) =>
      t.gql(ENABLE, { u: 'bob', s: device.serialNumber, c1, c2 }, { token: root });
    expect(codeOf(await send('123456', '654321'))).toBe('InvalidAuthenticationCode');
    expect(codeOf(await send(code(device.seed, now, -2), code(device.seed, now)))).toBe(
      'InvalidAuthenticationCode',
    );
    expect(codeOf(await send(code(device.seed, now), code(device.seed, now, -1)))).toBe(
      'InvalidAuthenticationCode',
    );
    expect(codeOf(await send('12345', 'abcdef'))).toBe('InvalidAuthenticationCode');
    ok(await enable(root, device, 'bob'));
    expect(codeOf(await enable(root, device))).toBe('EntityAlreadyExists');
    // Deleting a device still enabled, or its user, is a conflict (`API_DeleteUser.html`).
    expect(
      codeOf(
        await t.gql(
          'mutation($s: String!) { deleteVirtualMFADevice(serialNumber: $s) }',
          { s: device.serialNumber },
          {
            token: root,
          },
        ),
      ),
    ).toBe('DeleteConflict');
    ok(await t.gql('mutation { deleteLoginProfile(userName: "bob") }', {}, { token: root }));
    expect(codeOf(await t.gql('mutation { deleteUser(userName: "bob") }', {}, { token: root }))).toBe(
      'DeleteConflict',
    );
    ok(
      await t.gql(
        'mutation($s: String!) { deactivateMFADevice(userName: "bob", serialNumber: $s) }',
        { s: device.serialNumber },
        { token: root },
      ),
    );
    type Virtual = { listVirtualMFADevices: { edges: { node: { serialNumber: string } }[] } };
    const unassigned = ok(
      await t.gql<Virtual>(
        '{ listVirtualMFADevices(assignmentStatus: Unassigned) { edges { node { serialNumber } } } }',
        {},
        { token: root },
      ),
    );
    expect(unassigned.listVirtualMFADevices.edges.map((e) => e.node.serialNumber)).toEqual([
      device.serialNumber,
    ]);
    ok(await t.gql('mutation { deleteUser(userName: "bob") }', {}, { token: root }));
    ok(
      await t.gql(
        'mutation($s: String!) { deleteVirtualMFADevice(serialNumber: $s) }',
        { s: device.serialNumber },
        {
          token: root,
        },
      ),
    );
  });

  it('resynchronizes a device with two consecutive codes, which are then spent (API_ResyncMFADevice.html)', async () => {
    const device = await createDevice(root, 'frank-phone');
    await userWithPolicy(t, root, 'frank', null);
    ok(await enable(root, device, 'frank'));
    t.clock.advance(300);
    const now = t.clock.now();
    const RESYNC =
      'mutation($s: String!, $c1: String!, $c2: String!) { resyncMFADevice(userName: "frank", serialNumber: $s, ' +
      'authenticationCode1: $c1, authenticationCode2: $c2) }';
    const codes = { s: device.serialNumber, c1: code(device.seed, now, -1), c2: code(device.seed, now) };
    expect(ok(await t.gql(RESYNC, codes, { token: root }))).toEqual({ resyncMFADevice: true });
    expect(codeOf(await t.gql(RESYNC, codes, { token: root }))).toBe('InvalidAuthenticationCode');
    expect(codeOf(await userSignIn('frank', code(device.seed, now)))).toBe('InvalidClientTokenId');
    t.clock.advance(30);
    expect(ok(await userSignIn('frank', code(device.seed, t.clock.now()))).signIn.mfaAuthenticated).toBe(
      true,
    );
  });

  it('keeps codes out of the audit log, one lockout for every way of guessing them, one session per code', async () => {
    const device = await createDevice(root, 'gina-phone');
    await userWithPolicy(t, root, 'gina', allow(['sts:GetSessionToken', 'iam:CreateAccessKey']));
    const now = t.clock.now();
    const codes = { s: device.serialNumber, c1: code(device.seed, now, -1), c2: code(device.seed, now) };
    ok(await t.gql(ENABLE, { ...codes, u: 'gina' }, { token: root }));
    type Events = { auditEvents: { edges: { node: { details: string | null } }[] } };
    const events = ok(
      await t.gql<Events>(
        '{ auditEvents(filter: { action: "iam:EnableMFADevice" }) { edges { node { details } } } }',
        {},
        { token: root },
      ),
    ).auditEvents.edges.map((e) => e.node.details ?? '');
    expect(events.length).toBeGreaterThan(0);
    for (const details of events) {
      expect(details).not.toContain(codes.c1);
      expect(details).not.toContain(codes.c2);
    }
    const seeds = ok(
      await t.gql<Events>(
        '{ auditEvents(filter: { action: "iam:CreateVirtualMFADevice" }) { edges { node { details } } } }',
        {},
        { token: root },
      ),
    ).auditEvents.edges.map((e) => e.node.details ?? '');
    for (const details of seeds) expect(details).not.toContain(device.seed);

    // Two aliased fields with one code: one MFA session, the other refused.
    t.clock.advance(30);
    const gina = ok(await userSignIn('gina', code(device.seed, t.clock.now()))).signIn.token;
    type Key = { createAccessKey: { accessKeyId: string; secretAccessKey: string } };
    const key = ok(
      await t.gql<Key>('mutation { createAccessKey { accessKeyId secretAccessKey } }', {}, { token: gina }),
    ).createAccessKey;
    const keyToken = ok(
      await t.gql<{ signIn: { token: string } }>(SIGN_IN, {
        i: { accessKey: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } },
      }),
    ).signIn.token;
    t.clock.advance(30);
    const twice = await t.gql(
      'mutation($s: String!, $c: String!) { a: getSessionToken(serialNumber: $s, tokenCode: $c) { sessionToken } ' +
        'b: getSessionToken(serialNumber: $s, tokenCode: $c) { sessionToken } }',
      { s: device.serialNumber, c: code(device.seed, t.clock.now()) },
      { token: keyToken },
    );
    // `a` took the code; `b`, given the same one, is refused (and, the field being non-null, nulls the response).
    expect(twice.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['b', 'AccessDenied']]);

    // Wrong codes through getSessionToken count on gina's sign-in lockout: after them even her password with a right
    // code is refused until the window passes (the sign-in lockout allows 5 failures by default).
    for (let i = 0; i < 5; i++) {
      await t.gql(SESSION_TOKEN, { s: device.serialNumber, c: '000000' }, { token: keyToken });
    }
    t.clock.advance(30);
    expect(codeOf(await userSignIn('gina', code(device.seed, t.clock.now())))).toBe('Throttling');
  });

  it('keeps seeds encrypted at rest and shows them only once', async () => {
    const device = await createDevice(root, 'at-rest');
    const rows = await t.store.mfaDevices.listVirtual(t.account.id, 'Any');
    expect(JSON.stringify(rows)).not.toContain(device.seed);
    const uri = URI.parse(
      ok(
        await t.gql<{ createVirtualMFADevice: { otpauthUri: string } }>(
          CREATE,
          { n: 'uri' },
          { token: root },
        ),
      ).createVirtualMFADevice.otpauthUri,
    );
    expect(uri).toBeInstanceOf(TOTP);
    expect((uri as TOTP).issuer).toBe('iamgate');
    const secret = await t.store.mfaDevices.secret(t.account.id, device.serialNumber);
    expect(secret.base32Seed).toBe(device.seed);
  });

  it('lets an MFA-conditioned trust policy admit only MFA sessions, with codes through assumeRole', async () => {
    const device = await createDevice(root, 'carol-phone');
    await userWithPolicy(
      t,
      root,
      'carol',
      allow(['sts:AssumeRole', 'sts:GetSessionToken', 'iam:CreateAccessKey']),
    );
    ok(await enable(root, device, 'carol'));
    const roleArn = await createRole(
      t,
      root,
      'NeedsMfa',
      trust(
        { AWS: `arn:iamgate:iam::${t.account.id}:root` },
        { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
      ),
      allow('iam:GetUser'),
    );
    t.clock.advance(30);
    const mfaSession = ok(await userSignIn('carol', code(device.seed, t.clock.now()))).signIn.token;
    // A session without MFA: carol's access key.
    type Key = { createAccessKey: { accessKeyId: string; secretAccessKey: string } };
    const key = ok(
      await t.gql<Key>(
        'mutation { createAccessKey { accessKeyId secretAccessKey } }',
        {},
        { token: mfaSession },
      ),
    ).createAccessKey;
    const keySession = ok(
      await t.gql<{ signIn: { token: string; mfaAuthenticated: boolean } }>(SIGN_IN, {
        i: { accessKey: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } },
      }),
    ).signIn;
    expect(keySession.mfaAuthenticated).toBe(false);
    expect(decodeJwt(keySession.token).amr).toEqual(['swk']);

    expect(codeOf(await assumeRole(t, keySession.token, { roleArn, roleSessionName: 'no-mfa' }))).toBe(
      'AccessDenied',
    );
    ok(await assumeRole(t, mfaSession, { roleArn, roleSessionName: 'mfa' }));
    // The access-key session proves MFA with a code of carol's device (`API_AssumeRole.html`, SerialNumber/TokenCode).
    t.clock.advance(30);
    const viaCode = {
      roleArn,
      roleSessionName: 'with-code',
      serialNumber: device.serialNumber,
      tokenCode: code(device.seed, t.clock.now()),
    };
    const assumed = ok(await assumeRole(t, keySession.token, viaCode)).assumeRole.credentials.sessionToken;
    expect(decodeJwt(assumed).amr).toEqual(['mfa', 'otp']);
    // Replayed: refused; a wrong code too; a session chained from an MFA role session keeps MFA.
    expect(codeOf(await assumeRole(t, keySession.token, { ...viaCode, roleSessionName: 'again' }))).toBe(
      'AccessDenied',
    );
    expect(codeOf(await assumeRole(t, keySession.token, { ...viaCode, tokenCode: '000000' }))).toBe(
      'AccessDenied',
    );
    expect(
      codeOf(await assumeRole(t, keySession.token, { roleArn, roleSessionName: 'x', tokenCode: '123456' })),
    ).toBe('ValidationError');
  });

  it('issues MFA sessions from getSessionToken whose age policies can bound', async () => {
    const device = await createDevice(root, 'dave-phone');
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ['sts:GetSessionToken', 'iam:CreateAccessKey'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: 'iam:ListUsers',
          Resource: '*',
          Condition: {
            Bool: { 'aws:MultiFactorAuthPresent': 'true' },
            NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
          },
        },
      ],
    });
    await userWithPolicy(t, root, 'dave', policy);
    ok(await enable(root, device, 'dave'));
    t.clock.advance(30);
    const dave = ok(await userSignIn('dave', code(device.seed, t.clock.now()))).signIn.token;
    type Key = { createAccessKey: { accessKeyId: string; secretAccessKey: string } };
    const key = ok(
      await t.gql<Key>('mutation { createAccessKey { accessKeyId secretAccessKey } }', {}, { token: dave }),
    ).createAccessKey;
    const keyToken = ok(
      await t.gql<{ signIn: { token: string } }>(SIGN_IN, {
        i: { accessKey: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey } },
      }),
    ).signIn.token;
    const LIST = '{ listUsers { edges { node { userName } } } }';
    expect(codeOf(await t.gql(LIST, {}, { token: keyToken }))).toBe('AccessDenied');
    t.clock.advance(30);
    const mfaToken = ok(
      await t.gql<{ getSessionToken: { sessionToken: string } }>(
        SESSION_TOKEN,
        { s: device.serialNumber, c: code(device.seed, t.clock.now()) },
        { token: keyToken },
      ),
    ).getSessionToken.sessionToken;
    ok(await t.gql(LIST, {}, { token: mfaToken }));
    // A wrong code is refused, and guessing codes is throttled like passwords (5 failures by default).
    const wrong = () =>
      t.gql(SESSION_TOKEN, { s: device.serialNumber, c: '000000' }, { token: keyToken }).then(codeOf);
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 6; i++) codes.push(await wrong());
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('AccessDenied'));
    expect(codes[5]).toBe('Throttling');
    // Even the right code waits for the lockout to pass.
    expect(
      codeOf(
        await t.gql(
          SESSION_TOKEN,
          { s: device.serialNumber, c: code(device.seed, t.clock.now()) },
          { token: keyToken },
        ),
      ),
    ).toBe('Throttling');
    // An hour later the MFA is too old for the policy, though the session still lives.
    t.clock.advance(3700);
    expect(codeOf(await t.gql(LIST, {}, { token: mfaToken }))).toBe('AccessDenied');
  });

  it('keeps devices to their account and their permissions', async () => {
    // Hours have passed in the tests above: root signs in again, with its device.
    t.clock.advance(30);
    root = ok(await rootSignIn(code(rootDevice.seed, t.clock.now()))).signIn.token;
    const device = await createDevice(root, 'mine');
    const other = await t.createAccount('other-root@example.com');
    const otherRoot = ok(
      await t.gql<{ signIn: { token: string } }>(SIGN_IN, {
        i: { root: { email: 'other-root@example.com', password: 'Root-passw0rd-for-tests' } },
      }),
    ).signIn.token;
    expect(other.id).not.toBe(t.account.id);
    // Another account cannot enable, delete or list this account's device.
    expect(codeOf(await enable(otherRoot, device))).toBe('NoSuchEntity');
    expect(
      codeOf(
        await t.gql(
          'mutation($s: String!) { deleteVirtualMFADevice(serialNumber: $s) }',
          { s: device.serialNumber },
          {
            token: otherRoot,
          },
        ),
      ),
    ).toBe('AccessDenied');
    type Virtual = { listVirtualMFADevices: { edges: { node: { serialNumber: string } }[] } };
    const theirs = ok(
      await t.gql<Virtual>(
        '{ listVirtualMFADevices { edges { node { serialNumber } } } }',
        {},
        { token: otherRoot },
      ),
    );
    expect(theirs.listVirtualMFADevices.edges).toEqual([]);
    // A user without IAM permissions can do nothing with devices, even its own enabling.
    const erin = await userWithPolicy(t, root, 'erin', null);
    expect(codeOf(await t.gql(CREATE, { n: 'erin' }, { token: erin }))).toBe('AccessDenied');
    expect(codeOf(await enable(erin, device))).toBe('AccessDenied');
    expect(
      codeOf(
        await t.gql('{ listVirtualMFADevices { edges { node { serialNumber } } } }', {}, { token: erin }),
      ),
    ).toBe('AccessDenied');
  });
});
