import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestStore, type TestDriver, type TestStore, testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway, type Gateway } from '../src/gateway.js';

/** How long each driver is soaked, in seconds (`SOAK_SECONDS`, default 60). */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);
/** Concurrent clients. */
const CLIENTS = 12;
/** A response slower than this counts as a hang (the request deadline is far below it). */
const HANG_MS = 30_000;
const ROOT_PASSWORD = 'Soak-root-passw0rd';
const USER_PASSWORD = 'Soak-user-passw0rd';
const ADMIN_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['iam:*', 'sts:*', 'iamgate:*'], Resource: '*' }],
});

interface Outcome {
  status: number;
  code: string | undefined;
  data: Record<string, unknown> | null | undefined;
}

/** Tallies per operation: how many answered, how many were 5xx, how many hung. */
class Tally {
  readonly byOperation = new Map<string, { ok: number; clientError: number; serverError: number }>();
  hangs = 0;
  readonly serverErrors: string[] = [];

  record(operation: string, outcome: Outcome): void {
    const entry = this.byOperation.get(operation) ?? { ok: 0, clientError: 0, serverError: 0 };
    if (outcome.status >= 500) {
      entry.serverError += 1;
      if (this.serverErrors.length < 20)
        this.serverErrors.push(`${operation}: ${outcome.status} ${outcome.code}`);
    } else if (outcome.code !== undefined) entry.clientError += 1;
    else entry.ok += 1;
    this.byOperation.set(operation, entry);
  }
}

/**
 * Mixed traffic for a bounded time against a real gateway over `node:http`, on each driver: sign-ins, reads,
 * writes, `authorize`, `assumeRole`, `getSessionToken`, `assumeWorkloadRole`, revocations and key rotations, while
 * the signing keys refresh every 100 ms (so the run spans hundreds of key-cache lifetimes) and revisions are polled
 * every 100 ms. Nothing may hang and nothing may answer 5xx (issue "Never hang", soak test). `pnpm test:soak`.
 */
describe.each(testDrivers())('soak: mixed traffic on %s', (driver: TestDriver) => {
  let opened: TestStore;
  let gateway: Gateway;
  let server: Server;
  let url: string;

  async function call(query: string, variables: object = {}, token?: string): Promise<Outcome> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(HANG_MS),
    });
    const body = (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: string } }[];
    };
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, data: body.data };
  }

  async function must(query: string, variables: object = {}, token?: string) {
    const outcome = await call(query, variables, token);
    if (outcome.code !== undefined || outcome.data == null) throw new Error(`setup failed: ${outcome.code}`);
    return outcome.data;
  }

  beforeAll(async () => {
    opened = await createTestStore({ driver });
    const account = await opened.store.accounts.create({
      rootEmail: 'soak@example.com',
      rootPassword: ROOT_PASSWORD,
    });
    gateway = await createGateway(
      loadConfig({
        IAMGATE_LOG_LEVEL: 'silent',
        IAMGATE_SIGNIN_FAILURE_DELAY_MS: '0',
        IAMGATE_SIGNIN_MAX_FAILURES: '1000',
      }),
      {
        store: opened.store,
        operatorAccountId: account.id,
        intervals: { keyRefreshMs: 100, revisionPollMs: 100 },
      },
    );
    server = createServer(gateway.yoga);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await gateway?.close();
    await opened?.cleanup();
  });

  it(`serves ${SECONDS} s of mixed traffic with no hang and no 5xx`, async () => {
    const signInRoot =
      'mutation { signIn(input: { root: { email: "soak@example.com", password: "Soak-root-passw0rd" } }) { token } }';
    const root = ((await must(signInRoot)).signIn as { token: string }).token;
    const accountId = (
      (await must('{ getCallerIdentity { account } }', {}, root)).getCallerIdentity as { account: string }
    ).account;
    await must('mutation { createUser(input: { userName: "soak-admin" }) { arn } }', {}, root);
    await must(
      'mutation($p: String!) { createLoginProfile(userName: "soak-admin", password: $p) { userName } }',
      { p: USER_PASSWORD },
      root,
    );
    await must(
      'mutation($d: String!) { putUserPolicy(userName: "soak-admin", policyName: "admin", policyDocument: $d) { policyName } }',
      { d: ADMIN_POLICY },
      root,
    );
    const trust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: accountId }, Action: 'sts:AssumeRole' }],
    });
    const roleArn = (
      (
        await must(
          'mutation($t: String!) { createRole(input: { roleName: "SoakRole", assumeRolePolicyDocument: $t }) { arn } }',
          { t: trust },
          root,
        )
      ).createRole as { arn: string }
    ).arn;
    await must(
      'mutation($d: String!) { putRolePolicy(roleName: "SoakRole", policyName: "p", policyDocument: $d) { policyName } }',
      { d: ADMIN_POLICY },
      root,
    );
    const created = (
      await must(
        'mutation { createWorkload(input: { workloadName: "soak-worker" }) { workload { arn } credential { workloadId secret } } }',
        {},
        root,
      )
    ).createWorkload as { workload: { arn: string }; credential: { workloadId: string; secret: string } };
    const serviceTrust = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'workload.iamgate' },
          Action: 'sts:AssumeRole',
          Condition: { ArnEquals: { 'aws:SourceArn': created.workload.arn } },
        },
      ],
    });
    const serviceRole = (
      (
        await must(
          'mutation($t: String!) { createRole(input: { roleName: "SoakService", assumeRolePolicyDocument: $t }) { arn } }',
          { t: serviceTrust },
          root,
        )
      ).createRole as { arn: string }
    ).arn;
    await must(
      'mutation($r: String!) { attachRoleToWorkload(workloadName: "soak-worker", roleArn: $r) { roleArn } }',
      { r: serviceRole },
      root,
    );

    const signInAdmin = () =>
      call(
        'mutation($a: String!, $p: String!) { signIn(input: { user: { account: $a, userName: "soak-admin", password: $p } }) { token sessionId } }',
        { a: accountId, p: USER_PASSWORD },
      );
    const tally = new Tally();
    const deadline = Date.now() + SECONDS * 1000;

    async function client(n: number): Promise<void> {
      let token: string | undefined;
      let sessionId: string | undefined;
      for (let i = 0; Date.now() < deadline; i++) {
        if (token === undefined || i % 40 === 0) {
          const outcome = await signInAdmin();
          tally.record('signIn', outcome);
          const session = outcome.data?.signIn as { token: string; sessionId: string } | undefined;
          if (session === undefined) continue;
          ({ token, sessionId } = session);
        }
        const name = `soak-${n}-${i % 7}`;
        const step = i % 10;
        let operation: string;
        let outcome: Outcome;
        try {
          switch (step) {
            case 0:
              operation = 'getUser';
              outcome = await call('{ getUser(userName: "soak-admin") { arn tags { key } } }', {}, token);
              break;
            case 1:
              operation = 'createUser';
              outcome = await call(
                'mutation($n: String!) { createUser(input: { userName: $n }) { arn } }',
                { n: name },
                token,
              );
              break;
            case 2:
              operation = 'deleteUser';
              outcome = await call('mutation($n: String!) { deleteUser(userName: $n) }', { n: name }, token);
              break;
            case 3:
              operation = 'authorize';
              outcome = await call(
                '{ authorize(action: "orders:GetOrder", resource: "*") { decision } }',
                {},
                token,
              );
              break;
            case 4:
              operation = 'assumeRole';
              outcome = await call(
                'mutation($r: String!, $s: String!) { assumeRole(input: { roleArn: $r, roleSessionName: $s }) { credentials { sessionToken } } }',
                { r: roleArn, s: `c${n}-${i}` },
                token,
              );
              break;
            case 5:
              operation = 'getSessionToken';
              outcome = await call(
                'mutation { getSessionToken(durationSeconds: 900) { sessionToken } }',
                {},
                token,
              );
              break;
            case 6:
              operation = 'assumeWorkloadRole';
              outcome = await call(
                'mutation($id: String!, $s: String!) { assumeWorkloadRole(workloadId: $id, secret: $s) { credentials { sessionToken } } }',
                { id: created.credential.workloadId, s: created.credential.secret },
              );
              break;
            case 7:
              operation = 'putUserPolicy';
              outcome = await call(
                'mutation($d: String!) { putUserPolicy(userName: "soak-admin", policyName: "admin", policyDocument: $d) { policyName } }',
                { d: ADMIN_POLICY },
                token,
              );
              break;
            case 8:
              operation = n === 0 && i % 50 === 8 ? 'rotateSigningKey' : 'listUsers';
              outcome =
                operation === 'rotateSigningKey'
                  ? await call('mutation { rotateSigningKey { kid } }', {}, root)
                  : await call('{ listUsers(first: 20) { edges { node { userName } } } }', {}, token);
              break;
            default:
              operation = 'revokeSession';
              outcome = await call(
                'mutation($s: String!) { revokeSession(sessionId: $s) }',
                { s: sessionId },
                token,
              );
              token = undefined;
          }
        } catch (error) {
          if ((error as Error).name === 'TimeoutError') tally.hangs += 1;
          throw error;
        }
        tally.record(operation, outcome);
        if (outcome.code === 'ExpiredToken' || outcome.code === 'InvalidClientTokenId') token = undefined;
      }
    }

    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
    const summary = Object.fromEntries(tally.byOperation);
    process.stdout.write(`soak ${driver} ${SECONDS}s: ${JSON.stringify(summary)}\n`);
    expect(tally.hangs).toBe(0);
    expect(tally.serverErrors).toEqual([]);
    for (const operation of [
      'signIn',
      'getUser',
      'createUser',
      'authorize',
      'assumeRole',
      'getSessionToken',
      'assumeWorkloadRole',
    ]) {
      expect(summary[operation]?.ok ?? 0, operation).toBeGreaterThan(0);
    }
  });
});
