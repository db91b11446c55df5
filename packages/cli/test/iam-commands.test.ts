import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';
import { tableRows } from './table-rows.js';

const allow = (actions: string[], resource = '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }],
  });

describe.each(testDrivers())('iamgate iam and sts against a real gateway on %s', (driver) => {
  let t: CliGateway;
  let policyArn: string;

  beforeAll(async () => {
    t = await startCliGateway(driver);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('signs in as root and keeps the session in a 0600 profile in a 0700 directory', async () => {
    const run = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
      stdin: `${ROOT_PASSWORD}\n`,
    });
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.json()).toMatchObject({ profile: 'default', account: t.account.id });
    expect(run.json().principalArn).toMatch(/:root$/);
    const file = await stat(join(t.configDir, 'credentials'));
    expect(file.mode & 0o777).toBe(0o600);
    expect((await stat(t.configDir)).mode & 0o777).toBe(0o700);
  });

  it('refuses a wrong root password with the gateway code and exit code 4', async () => {
    const run = await t.run(
      ['sign-in', '--profile', 'wrong', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'],
      {
        stdin: 'not-the-password',
      },
    );
    expect(run.code).toBe(ExitCode.ServiceError);
    expect(run.stderr).toMatch(/^iamgate: InvalidClientTokenId: /);
  });

  it('creates a user with flags derived from the schema (`--user-name`, `--tags` as JSON)', async () => {
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
    const run = await t.run([
      'iam',
      'create-user',
      '--user-name',
      'alice',
      '--tags',
      '[{"key":"team","value":"orders"}]',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.json()).toMatchObject({ userName: 'alice', tags: [{ key: 'team', value: 'orders' }] });
    expect(run.json().arn).toBe(`arn:iamgate:iam::${t.account.id}:user/alice`);
  });

  it('creates a policy from file:// and attaches it to the user', async () => {
    const document = join(t.configDir, 'read-orders.json');
    await writeFile(document, allow(['orders:Get*']));
    const created = await t.run([
      'iam',
      'create-policy',
      '--policy-name',
      'ReadOrders',
      '--policy-document',
      `file://${document}`,
    ]);
    expect(created.code).toBe(ExitCode.Ok);
    policyArn = created.json().arn;
    expect(policyArn).toBe(`arn:iamgate:iam::${t.account.id}:policy/ReadOrders`);

    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_AttachUserPolicy.html
    const attach = await t.run([
      'iam',
      'attach-user-policy',
      '--user-name',
      'alice',
      '--policy-arn',
      policyArn,
    ]);
    expect(attach.code).toBe(ExitCode.Ok);
    const attached = await t.run(['iam', 'list-attached-user-policies', '--user-name', 'alice']);
    expect(JSON.stringify(attached.json())).toContain(policyArn);
  });

  it('lists users as a table for people', async () => {
    const run = await t.run(['iam', 'list-users', '--output', 'table']);
    expect(run.code).toBe(ExitCode.Ok);
    expect(run.stdout).toMatch(/^\+-+\+/);
    const [header, ...rows] = tableRows(run.stdout);
    expect(header?.slice(0, 2)).toEqual(['ARN', 'CREATE-DATE']);
    expect(header).toContain('USER-NAME');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe(`arn:iamgate:iam::${t.account.id}:user/alice`);
    expect(rows[0]).toContain('team=orders');
  });

  it('exits 4 with `iamgate: NoSuchEntity: ...` for a user that does not exist', async () => {
    // https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html (Errors: NoSuchEntity)
    const run = await t.run(['iam', 'get-user', '--user-name', 'nobody']);
    expect(run.code).toBe(ExitCode.ServiceError);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^iamgate: NoSuchEntity: /);
  });

  it('exits 4 with the findings of a malformed trust policy', async () => {
    const run = await t.run([
      'iam',
      'create-role',
      '--role-name',
      'Broken',
      '--assume-role-policy-document',
      '{}',
    ]);
    expect(run.code).toBe(ExitCode.ServiceError);
    expect(run.stderr).toMatch(/^iamgate: MalformedPolicyDocument: /);
  });

  it('exits 2 and sends nothing for usage errors', async () => {
    const before = t.requests();
    const cases = [
      ['iam', 'create-user'],
      ['iam', 'create-user', '--user-name', 'x', '--colour', 'blue'],
      [
        'iam',
        'create-role',
        '--role-name',
        'R',
        '--assume-role-policy-document',
        '{}',
        '--max-session-duration',
        'long',
      ],
      ['iam', 'update-access-key', '--access-key-id', 'AKIA', '--status', 'Sleeping'],
      ['iam', 'create-user', '--user-name', 'x', '--tags', '[not json'],
      ['iam', 'create-policy', '--policy-name', 'P', '--policy-document', 'file:///does/not/exist.json'],
      ['iam', 'no-such-command'],
      ['iam', 'create-user', 'alice'],
    ];
    for (const argv of cases) {
      const run = await t.run(argv);
      expect(run.code, argv.join(' ')).toBe(ExitCode.Usage);
      expect(run.stderr, argv.join(' ')).toMatch(/^iamgate: /);
    }
    expect(t.requests()).toBe(before);
  });

  it('runs a narrow user through its own profile: AccessDenied exits 4, get-caller-identity needs no permission', async () => {
    expect((await t.run(['iam', 'create-user', '--user-name', 'bob'])).code).toBe(ExitCode.Ok);
    const narrow = await t.run([
      'iam',
      'put-user-policy',
      '--user-name',
      'bob',
      '--policy-name',
      'OnlyOrders',
      '--policy-document',
      allow(['orders:GetOrder']),
    ]);
    expect(narrow.code).toBe(ExitCode.Ok);
    const key = await t.run(['iam', 'create-access-key', '--user-name', 'bob']);
    expect(key.code).toBe(ExitCode.Ok);
    const { accessKeyId, secretAccessKey } = key.json();
    const configured = await t.run([
      'configure',
      '--profile',
      'bob',
      '--url',
      t.url,
      '--access-key-id',
      accessKeyId,
      '--secret-access-key',
      secretAccessKey,
    ]);
    expect(configured.code).toBe(ExitCode.Ok);

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_evaluation-logic.html (implicit deny)
    const denied = await t.run(['iam', 'create-user', '--user-name', 'mallory', '--profile', 'bob']);
    expect(denied.code).toBe(ExitCode.ServiceError);
    expect(denied.stderr).toMatch(/^iamgate: AccessDenied: /);

    // https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html (no permission required)
    const me = await t.run(['sts', 'get-caller-identity'], { env: { IAMGATE_PROFILE: 'bob' } });
    expect(me.code).toBe(ExitCode.Ok);
    expect(me.json()).toMatchObject({
      account: t.account.id,
      arn: `arn:iamgate:iam::${t.account.id}:user/bob`,
    });

    // The access key's session was cached in the profile for the next command.
    const list = await t.run(['configure', '--list']);
    const bob = list.json().find((p: { profile: string }) => p.profile === 'bob');
    expect(bob).toMatchObject({ accessKeyId, principalArn: `arn:iamgate:iam::${t.account.id}:user/bob` });
    expect(bob.sessionExpiration).toEqual(expect.any(String));
    expect(JSON.stringify(list.json())).not.toContain(secretAccessKey);

    // The SDK's environment variables stand in for a profile.
    const fromEnv = await t.run(['sts', 'get-caller-identity'], {
      env: {
        IAMGATE_URL: t.url,
        IAMGATE_ACCESS_KEY_ID: accessKeyId,
        IAMGATE_SECRET_ACCESS_KEY: secretAccessKey,
      },
    });
    expect(fromEnv.code).toBe(ExitCode.Ok);
    expect(fromEnv.json().arn).toBe(`arn:iamgate:iam::${t.account.id}:user/bob`);
  });

  it('assumes a role whose trust policy is read with file://', async () => {
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html
    const trust = join(t.configDir, 'trust.json');
    await writeFile(
      trust,
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: `arn:iamgate:iam::${t.account.id}:user/bob` },
            Action: 'sts:AssumeRole',
          },
        ],
      }),
    );
    const role = await t.run([
      'iam',
      'create-role',
      '--role-name',
      'Reader',
      '--assume-role-policy-document',
      `file://${trust}`,
    ]);
    expect(role.code).toBe(ExitCode.Ok);
    const assumed = await t.run([
      '--profile',
      'bob',
      'sts',
      'assume-role',
      '--role-arn',
      role.json().arn,
      '--role-session-name',
      'cli-test',
      '--duration-seconds',
      '900',
    ]);
    expect(assumed.stderr).toBe('');
    expect(assumed.code).toBe(ExitCode.Ok);
    expect(assumed.json().assumedRoleUser.arn).toBe(
      `arn:iamgate:sts::${t.account.id}:assumed-role/Reader/cli-test`,
    );
    expect(assumed.json().credentials.sessionToken).toEqual(expect.any(String));
  });

  it('authorizes with exit code 0 for Allow and 3 for a deny, with --context as a key/value object', async () => {
    const regional = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'orders:ListOrders',
          Resource: '*',
          Condition: { StringEquals: { 'orders:Region': 'eu' } },
        },
      ],
    });
    const put = await t.run([
      'iam',
      'put-user-policy',
      '--user-name',
      'bob',
      '--policy-name',
      'RegionalOrders',
      '--policy-document',
      regional,
    ]);
    expect(put.code).toBe(ExitCode.Ok);
    const order = `arn:iamgate:orders::${t.account.id}:order/7`;
    const as = ['--profile', 'bob'];

    const allowed = await t.run(['authorize', ...as, '--action', 'orders:GetOrder', '--resource', order]);
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(ExitCode.Ok);
    expect(allowed.json()).toMatchObject({ allowed: true, decision: 'allowed' });

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html (implicit deny)
    const denied = await t.run(['authorize', ...as, '--action', 'orders:CancelOrder', '--resource', order]);
    expect(denied.code).toBe(ExitCode.Denied);
    expect(denied.json()).toMatchObject({ allowed: false });

    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
    const list = ['authorize', ...as, '--action', 'orders:ListOrders', '--resource', '*'];
    expect((await t.run([...list, '--context', '{"orders:Region":"eu"}'])).code).toBe(ExitCode.Ok);
    expect((await t.run([...list, '--context', '{"orders:Region":"us"}'])).code).toBe(ExitCode.Denied);
    expect((await t.run(list)).code).toBe(ExitCode.Denied);
    const table = await t.run([
      ...list,
      '--output',
      'table',
      '--context',
      '[{"key":"orders:Region","values":["eu"]}]',
    ]);
    expect(table.code).toBe(ExitCode.Ok);
    // Its lists (the matched statements) in boxes of their own, then its fields.
    expect(tableRows(table.stdout)).toContainEqual(['FIELD', 'VALUE']);
    expect(tableRows(table.stdout)).toContainEqual(['decision', 'allowed']);
  });

  it('exits 5 with `iamgate: Network: ...` when the gateway cannot be reached', async () => {
    // A real fetch to a closed port: connection refused, on the only attempt.
    const run = await t.run(['sts', 'get-caller-identity', '--url', 'http://127.0.0.1:9/graphql'], {
      env: { IAMGATE_MAX_ATTEMPTS: '1' },
      fetch: (request) => globalThis.fetch(request),
    });
    expect(run.code).toBe(ExitCode.Unreachable);
    expect(run.stderr).toMatch(/^iamgate: Network: /);
  });

  it('signs out: the session is revoked at the gateway and removed from the profile', async () => {
    const root = await t.run(['sign-out']);
    expect(root.code).toBe(ExitCode.Ok);
    expect(root.json()).toEqual({ profile: 'default', revoked: true });
    const after = await t.run(['iam', 'list-users']);
    expect(after.code).toBe(ExitCode.Usage);
    expect(after.stderr).toMatch(/^iamgate: no credentials for profile `default`/);
  });
});
