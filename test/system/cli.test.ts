import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { iamgate } from '../support/cli-process.js';
import { freePort } from '../support/processes.js';
import { ROOT_PASSWORD, type SharedGateway, sharedGateway } from '../support/shared-gateway.js';

// The CLI's own tests run its commands in process; here it is the process a person starts at a terminal, against
// the gateway process: profiles on disk, the password on standard input, exit codes and output streams. It speaks
// HTTP to the gateway whatever database is behind it, so one gateway is enough: Postgres when there is one (CI).
const driver = testDrivers().at(-1) ?? 'pglite';

describe(`the iamgate command against the gateway process on ${driver}`, () => {
  let gateway: SharedGateway;
  let configDir: string;
  // JSON, as scripts ask for it.
  const cli = (args: string[], input?: string) =>
    iamgate([...args, '--output', 'json'], {
      env: { IAMGATE_CONFIG_DIR: configDir },
      ...(input === undefined ? {} : { input }),
    });

  beforeAll(async () => {
    gateway = await sharedGateway(driver);
    configDir = await mkdtemp(join(tmpdir(), 'iamgate-cli-'));
  });
  afterAll(async () => {
    if (configDir !== undefined) await rm(configDir, { recursive: true, force: true });
  });

  it('signs the root user in with the password on standard input, and keeps the session in its profile', async () => {
    const args = ['sign-in', '--url', gateway.graphqlUrl, '--email', gateway.rootEmail, '--password-stdin'];
    const run = await cli(args, `${ROOT_PASSWORD}\n`);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const me = await cli(['sts', 'get-caller-identity']);
    expect(me.code).toBe(0);
    expect(JSON.parse(me.stdout)).toMatchObject({ arn: `arn:iamgate:iam::${gateway.accountId}:root` });
  });

  it('creates a user with a policy, lists it, and decides for it with exit codes 0 and 3', async () => {
    const created = await cli(['iam', 'create-user', '--user-name', 'alice']);
    expect(created.code).toBe(0);
    const alice = JSON.parse(created.stdout).arn as string;
    expect(alice).toBe(`arn:iamgate:iam::${gateway.accountId}:user/alice`);
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'orders:GetOrder', Resource: '*' }],
    });
    const put = ['iam', 'put-user-policy', '--user-name', 'alice', '--policy-name', 'read'];
    expect((await cli([...put, '--policy-document', policy])).code).toBe(0);

    const list = await cli(['iam', 'list-users']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(alice);

    const order = `arn:iamgate:orders::${gateway.accountId}:order/1`;
    const decide = (action: string) =>
      cli(['authorize', '--principal-arn', alice, '--action', action, '--resource', order]);
    const allowed = await decide('orders:GetOrder');
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toMatchObject({ allowed: true });
    expect((await decide('orders:CancelOrder')).code).toBe(3);
  });

  it('exits 4 with the gateway error code on stderr, and 5 when no gateway answers', async () => {
    const missing = await cli(['iam', 'get-user', '--user-name', 'nobody']);
    expect(missing.code).toBe(4);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^iamgate: NoSuchEntity: /);

    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const unreachable = await iamgate(['iam', 'list-users', '--url', nowhere], {
      env: { IAMGATE_CONFIG_DIR: configDir, IAMGATE_MAX_ATTEMPTS: '1', IAMGATE_SESSION_TOKEN: 'x.y.z' },
    });
    expect(unreachable.code).toBe(5);
  });
});
