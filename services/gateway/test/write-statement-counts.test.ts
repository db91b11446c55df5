import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, type GqlResponse, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { assumedToken, assumeRole, createRole, trust } from './support/roles.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/**
 * Statements (and transactions) of the write paths beside the warm successful calls of `statement-counts.test.ts`:
 * failed sign-ins, whose count must not depend on whether the principal exists (a different count would tell), and
 * the STS calls that read more than the session statement (a chained `assumeRole` reads the calling session) or are refused after
 * authorization. Counted as there: `store.queryCount()`, transactions through `store.observe`, background refreshes
 * stretched to an hour, waiting until the count stops moving.
 */
const HOUR_MS = 3_600_000;
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { token } }';

describe.each(testDrivers())('statements of sign-in failures and STS paths on %s', (driver) => {
  let t: TestGateway;
  let alice: string;
  let chained: string;
  let transactions = 0;

  async function settledCount(): Promise<number> {
    let count = t.store.queryCount();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const now = t.store.queryCount();
      if (now === count) return now;
      count = now;
    }
  }

  /** Statements and transactions of one call, and its answer. */
  async function counted(
    call: () => Promise<GqlResponse<unknown>>,
  ): Promise<{ statements: number; transactions: number; code: string | undefined }> {
    const before = { statements: await settledCount(), transactions };
    const response = await call();
    return {
      statements: (await settledCount()) - before.statements,
      transactions: transactions - before.transactions,
      code: codeOf(response),
    };
  }

  const signIn = (account: string, userName: string, password: string) => () =>
    t.gql(SIGN_IN, { i: { user: { account, userName, password } } });

  beforeAll(async () => {
    t = await startTestGateway(
      driver,
      { IAMGATE_SIGNIN_MAX_FAILURES: '2', IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '1000' },
      { intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS } },
    );
    t.store.observe({
      onTransaction: () => {
        transactions++;
      },
    });
    const root = await t.rootToken();
    const account = t.account.id;
    alice = await userWithPolicy(t, root, 'alice', allow('sts:AssumeRole'));
    await userWithPolicy(t, root, 'locked', null);
    const first = await createRole(
      t,
      root,
      'First',
      trust({ AWS: `arn:iamgate:iam::${account}:user/alice` }),
    );
    chained = await createRole(
      t,
      root,
      'Second',
      trust({ AWS: `arn:iamgate:iam::${account}:role/First` }),
      allow('iam:GetUser'),
    );
    const session = await assumedToken(t, alice, { roleArn: first, roleSessionName: 'first' });
    alice = session;
  });
  afterAll(async () => t?.cleanup());

  // A failure is the reservation with the reads, then its audit event, whoever it names.
  it('counts two statements for every failed sign-in, existing principal or not', async () => {
    const account = t.account.id;
    const failures = {
      wrongPassword: signIn(account, 'alice', 'Wrong-passw0rd-1'),
      unknownUser: signIn(account, 'nobody', 'Wrong-passw0rd-1'),
      unknownAccount: signIn('no-such-corp', 'alice', 'Wrong-passw0rd-1'),
    };
    for (const [name, call] of Object.entries(failures)) {
      expect([name, await counted(call)]).toEqual([
        name,
        { statements: 2, transactions: 0, code: 'InvalidClientTokenId' },
      ]);
    }
    // Locked out (the third attempt on a limit of 2): the reservation, then the audit event; nothing is checked.
    await counted(signIn(account, 'locked', 'Wrong-passw0rd-1'));
    await counted(signIn(account, 'locked', 'Wrong-passw0rd-2'));
    expect(await counted(signIn(account, 'locked', USER_PASSWORD))).toEqual({
      statements: 2,
      transactions: 0,
      code: 'Throttling',
    });
  });

  it('counts two statements for a chained assumeRole: the calling session, the session statement', async () => {
    const call = () => assumeRole(t, alice, { roleArn: chained, roleSessionName: 'chained' });
    ok(await call());
    // The role comes from the entity cache, warm.
    expect(await counted(call)).toEqual({ statements: 2, transactions: 0, code: undefined });
  });

  it('writes only the refusal when the session statement refuses a session policy ARN', async () => {
    const call = () =>
      assumeRole(t, alice, {
        roleArn: chained,
        roleSessionName: 'refused',
        policyArns: [`arn:iamgate:iam::${t.account.id}:policy/none`],
      });
    // The calling session, the session statement (which writes nothing), the Deny audit event.
    expect(await counted(call)).toEqual({ statements: 3, transactions: 0, code: 'NoSuchEntity' });
  });
});
