import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/**
 * Review regressions: escalation and forced work inside one account.
 *
 * Regression tests for the security review of the "Trust first" and "Never hang" work. The comment above each test
 * describes the hole as the review found it; the test attacks it through the real entry point (`gateway.fetch`) and
 * asserts the refusal (or the record) the fixed gateway gives, so the hole stays closed.
 */

const CREATE_USER = 'mutation($u: String!) { createUser(input: { userName: $u }) { arn } }';

describe.each(testDrivers())('work an authenticated caller can force on %s', (driver) => {
  let t: TestGateway;
  let nobody: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const root = await t.rootToken();
    // A user without a single permission: `authorize` about oneself needs none.
    nobody = await userWithPolicy(t, root, 'nobody', null);
  });
  afterAll(async () => t?.cleanup());

  // The resource policy is within its cap (8 KB, 20,480 allowed) and the body within 1 MiB, but a `StringLike` piece
  // holding `?` is placed by trying every position and comparing the whole piece there (wildcard.ts `Piece.indexIn`,
  // O(value x pattern)), and context values have no length limit. One request from a principal with no permissions
  // holds the event loop for seconds (7 s on the idle review machine, 12-15 s while others worked; doubling either side doubles it), which no
  // request deadline can interrupt. The caller's own identity policies (a tenant administrator writes them) work
  // the same way.
  it('answers an authorize call with a hostile StringLike pattern and context value quickly, or refuses it', async () => {
    const pattern = `*${'a?'.repeat(4000)}b*`;
    const resourcePolicy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: '*',
          Action: '*',
          Resource: '*',
          Condition: { StringLike: { 'app:note': pattern } },
        },
      ],
    });
    const started = performance.now();
    const response = await t.gql(
      'query($c: [ContextEntryInput!], $p: String) { authorize(action: "app:Read", resource: "*", context: $c, resourcePolicy: $p) { decision } }',
      { c: [{ key: 'app:note', values: ['a'.repeat(400_000)] }], p: resourcePolicy },
      { token: nobody },
    );
    const elapsed = performance.now() - started;
    expect(response.status).toBeLessThan(500);
    // A hang guard with room for a loaded machine: catastrophic backtracking over 400,000 characters takes minutes.
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe.each(testDrivers())('escalation paths inside one account on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  // `changePassword` checks the old password inside the mutation and answers `InvalidInput` when it is wrong, with
  // no attempt counting at all: whoever holds a session of the user (a stolen one-hour token, an access-key
  // session) can guess the user's long-term password without the sign-in lockout (5 per 15 minutes), as fast as
  // the hash limiter lets it. Each guess also holds a transaction (PGlite's only connection) for a password hash.
  it('counts wrong old passwords of changePassword like failed sign-ins', async () => {
    const thief = await userWithPolicy(t, root, 'victim', allow('iam:ChangePassword'));
    const answers: (string | undefined)[] = [];
    for (let i = 0; i < 10; i++) {
      const guess = await t.gql(
        'mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "New-passw0rd-1234") }',
        { o: `Guess-${i}-passw0rd` },
        { token: thief },
      );
      answers.push(codeOf(guess));
    }
    expect(answers.filter((code) => code === 'InvalidInput').length).toBeLessThanOrEqual(5);
    // The right password, guessed after the burst, must not be confirmed either.
    const hit = await t.gql(
      'mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "New-passw0rd-1234") }',
      { o: USER_PASSWORD },
      { token: thief },
    );
    expect(codeOf(hit)).toBe('Throttling');
  });

  // A workload's credential is its role: whoever may rotate the credential gets a fresh secret and with it the
  // workload's role sessions. Handing a role to a workload needs iam:PassRole on it, but taking it back out with
  // rotateWorkloadCredential needs nothing on the role, so `iam:RotateWorkloadCredential` alone (an operations
  // chore) is every role any workload holds.
  it('does not let iam:RotateWorkloadCredential alone turn into the role the workload holds', async () => {
    const created = ok(
      await t.gql<{ createWorkload: { workload: { arn: string } } }>(
        'mutation { createWorkload(input: { workloadName: "deployer" }) { workload { arn } } }',
        {},
        { token: root },
      ),
    ).createWorkload.workload;
    const adminRole = await createRole(
      t,
      root,
      'DeployerAdmin',
      trust({ Service: 'workload.iamgate' }, { Condition: { ArnEquals: { 'aws:SourceArn': created.arn } } }),
      allow(['iam:*', 'sts:*']),
    );
    ok(
      await t.gql(
        'mutation($r: String!) { attachRoleToWorkload(workloadName: "deployer", roleArn: $r) { roleArn } }',
        { r: adminRole },
        { token: root },
      ),
    );
    const rotator = await userWithPolicy(t, root, 'rotator', allow('iam:RotateWorkloadCredential'));
    const rotated = await t.gql<{ rotateWorkloadCredential: { workloadId: string; secret: string } }>(
      'mutation { rotateWorkloadCredential(workloadName: "deployer") { workloadId secret } }',
      {},
      { token: rotator },
    );
    if (rotated.data?.rotateWorkloadCredential) {
      const { workloadId, secret } = rotated.data.rotateWorkloadCredential;
      const session = ok(
        await t.gql<{ assumeWorkloadRole: { credentials: { sessionToken: string } } }>(
          'mutation($id: String!, $s: String!) { assumeWorkloadRole(workloadId: $id, secret: $s) { credentials { sessionToken } } }',
          { id: workloadId, s: secret },
        ),
      ).assumeWorkloadRole.credentials.sessionToken;
      // The rotator now administers the account.
      ok(await t.gql(CREATE_USER, { u: 'rotator-was-here' }, { token: session }));
    }
    expect(codeOf(rotated)).toBe('AccessDenied');
  });
});
