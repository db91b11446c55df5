import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { createRole, trust, whoAmI } from './support/roles.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const CREATE =
  'mutation($n: String!) { createWorkload(input: { workloadName: $n }) { workload { arn workloadId } credential { workloadId secret } } }';
const ATTACH =
  'mutation($w: String!, $r: String!) { attachRoleToWorkload(workloadName: $w, roleArn: $r) { roleArn } }';
const DETACH =
  'mutation($w: String!, $r: String!) { detachRoleFromWorkload(workloadName: $w, roleArn: $r) { roleArn } }';
const ASSUME =
  'mutation($id: String!, $s: String!) { assumeWorkloadRole(workloadId: $id, secret: $s) { credentials { sessionToken } assumedRoleUser { arn } } }';

type Created = {
  createWorkload: {
    workload: { arn: string; workloadId: string };
    credential: { workloadId: string; secret: string };
  };
};
type Assumed = {
  assumeWorkloadRole: { credentials: { sessionToken: string }; assumedRoleUser: { arn: string } };
};

// iam:PassRole (IAM/latest/UserGuide/id_roles_use_passrole.html) and a service principal's trust with aws:SourceArn
// (IAM/latest/UserGuide/confused-deputy.html), as EC2 instance profiles use them.
describe.each(testDrivers())('workloads on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let account: string;
  let serviceRole: string;
  let workload: Created['createWorkload'];

  beforeAll(async () => {
    t = await startTestGateway(driver);
    account = t.account.id;
    root = await t.rootToken();
    workload = ok(await t.gql<Created>(CREATE, { n: 'orders-service' }, { token: root })).createWorkload;
    serviceRole = await createRole(
      t,
      root,
      'OrdersService',
      trust(
        { Service: 'workload.iamgate' },
        { Condition: { ArnEquals: { 'aws:SourceArn': workload.workload.arn } } },
      ),
      allow('iam:ListUsers'),
    );
  });
  afterAll(async () => t?.cleanup());

  it('needs iam:PassRole on the role with the service and workload as context, and names it when missing', async () => {
    const attachOnly = await userWithPolicy(
      t,
      root,
      'ops',
      allow(['iam:AttachRoleToWorkload', 'iam:DetachRoleFromWorkload']),
    );
    const denied = await t.gql(ATTACH, { w: 'orders-service', r: serviceRole }, { token: attachOnly });
    expect(codeOf(denied)).toBe('AccessDenied');
    expect(denied.errors?.[0]?.extensions?.action).toBe('iam:PassRole');
    expect(denied.errors?.[0]?.extensions?.resource).toBe(serviceRole);
    const otherService = await userWithPolicy(
      t,
      root,
      'ops2',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:AttachRoleToWorkload', Resource: '*' },
          {
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: serviceRole,
            Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
          },
        ],
      }),
    );
    expect(
      codeOf(await t.gql(ATTACH, { w: 'orders-service', r: serviceRole }, { token: otherService })),
    ).toBe('AccessDenied');
    const passOnly = await userWithPolicy(t, root, 'passer', allow('iam:PassRole'));
    const noAttach = await t.gql(ATTACH, { w: 'orders-service', r: serviceRole }, { token: passOnly });
    expect(noAttach.errors?.[0]?.extensions?.action).toBe('iam:AttachRoleToWorkload');
    const both = await userWithPolicy(
      t,
      root,
      'deployer',
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['iam:AttachRoleToWorkload', 'iam:DetachRoleFromWorkload'],
            Resource: '*',
          },
          {
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: serviceRole,
            Condition: {
              StringEquals: { 'iam:PassedToService': 'workload.iamgate' },
              ArnLike: { 'iam:AssociatedResourceArn': `arn:iamgate:iam::${account}:workload/*` },
            },
          },
        ],
      }),
    );
    const attached = ok(
      await t.gql<{ attachRoleToWorkload: { roleArn: string } }>(
        ATTACH,
        { w: 'orders-service', r: serviceRole },
        { token: both },
      ),
    );
    expect(attached.attachRoleToWorkload.roleArn).toBe(serviceRole);
    expect(codeOf(await t.gql(DETACH, { w: 'orders-service', r: serviceRole }, { token: attachOnly }))).toBe(
      'AccessDenied',
    );
  });

  it('lets the workload sign in with its credential and call with its role rights', async () => {
    const { workloadId, secret } = workload.credential;
    const session = ok(await t.gql<Assumed>(ASSUME, { id: workloadId, s: secret })).assumeWorkloadRole;
    expect(session.assumedRoleUser.arn).toBe(
      `arn:iamgate:sts::${account}:assumed-role/OrdersService/${workloadId}`,
    );
    const token = session.credentials.sessionToken;
    expect((await whoAmI(t, token)).arn).toBe(session.assumedRoleUser.arn);
    expect(ok(await t.gql('{ listUsers { edges { cursor } } }', {}, { token }))).toBeTruthy();
    expect(codeOf(await t.gql('{ listRoles { edges { cursor } } }', {}, { token }))).toBe('AccessDenied');
    expect(codeOf(await t.gql(ASSUME, { id: workloadId, s: `${secret}x` }))).toBe('InvalidClientTokenId');
  });

  it('refuses a workload whose role does not trust it (aws:SourceArn names another workload)', async () => {
    const other = ok(await t.gql<Created>(CREATE, { n: 'billing' }, { token: root })).createWorkload;
    ok(await t.gql(ATTACH, { w: 'billing', r: serviceRole }, { token: root }));
    const refused = await t.gql(ASSUME, { id: other.credential.workloadId, s: other.credential.secret });
    expect(codeOf(refused)).toBe('AccessDenied');
    const bare = ok(await t.gql<Created>(CREATE, { n: 'idle' }, { token: root })).createWorkload;
    expect(codeOf(await t.gql(ASSUME, { id: bare.credential.workloadId, s: bare.credential.secret }))).toBe(
      'NoSuchEntity',
    );
  });

  it('rotates the credential: the old one stops working at once', async () => {
    type Rotated = { rotateWorkloadCredential: { secret: string } };
    const rotated = ok(
      await t.gql<Rotated>(
        'mutation { rotateWorkloadCredential(workloadName: "orders-service") { secret } }',
        {},
        { token: root },
      ),
    ).rotateWorkloadCredential;
    const { workloadId, secret } = workload.credential;
    expect(codeOf(await t.gql(ASSUME, { id: workloadId, s: secret }))).toBe('InvalidClientTokenId');
    expect(ok(await t.gql<Assumed>(ASSUME, { id: workloadId, s: rotated.secret }))).toBeTruthy();
    type Got = { getWorkload: { roleName: string; workloadId: string } };
    const got = ok(
      await t.gql<Got>(
        '{ getWorkload(workloadName: "orders-service") { roleName workloadId } }',
        {},
        { token: root },
      ),
    );
    expect(got.getWorkload.roleName).toBe('OrdersService');
    expect(
      codeOf(await t.gql('mutation { deleteWorkload(workloadName: "orders-service") }', {}, { token: root })),
    ).toBe('DeleteConflict');
  });
});
