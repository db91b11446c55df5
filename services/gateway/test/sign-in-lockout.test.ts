import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { codeOf, type GqlResponse, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { token } }';
const WRONG = 'Wrong-passw0rd-guess';

/** The error codes of a response, one per failed field, sorted. */
const codes = (response: { errors?: { extensions?: { code?: string } }[] | undefined }) =>
  (response.errors ?? []).map((e) => e.extensions?.code).sort();

/** `n` of `code`, for comparing sorted code lists. */
const times = (n: number, code: string) => Array.from({ length: n }, () => code);

// AWS-style brute-force protection: at most IAMGATE_SIGNIN_MAX_FAILURES (5 here) passwords of one principal are
// ever checked within the window, however the attempts arrive.
describe.each(testDrivers())('sign-in lockout on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  const user = (userName: string, password: string, account?: string) => ({
    user: { account: account ?? t.account.id, userName, password },
  });

  beforeAll(async () => {
    t = await startTestGateway(driver, {
      IAMGATE_SIGNIN_MAX_FAILURES: '5',
      IAMGATE_SIGNIN_MAX_SOURCE_FAILURES: '1000',
    });
    root = await t.rootToken();
    ok(await t.gql('mutation { createAccountAlias(accountAlias: "lockout-corp") }', {}, { token: root }));
  });
  afterAll(async () => t?.cleanup());
  // Tests move the clock past lockouts, and with it past sessions.
  beforeEach(async () => {
    root = await t.rootToken();
  });

  it('checks at most 5 of 12 concurrent wrong passwords, then refuses even the right one until the window passes', async () => {
    await userWithPolicy(t, root, 'rush', null);
    t.sleeps.length = 0;
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => t.gql(SIGN_IN, { input: user('rush', WRONG) })),
    );
    expect(answers.map((a) => codeOf(a)).sort()).toEqual([
      ...times(5, 'InvalidClientTokenId'),
      ...times(7, 'Throttling'),
    ]);
    // Only checked failures are slowed down: five of them.
    expect(t.sleeps).toHaveLength(5);
    const locked = await t.gql(SIGN_IN, { input: user('rush', USER_PASSWORD) });
    expect([locked.status, codeOf(locked), locked.headers.get('retry-after')]).toEqual([
      429,
      'Throttling',
      '900',
    ]);
    // Every attempt is audited, refused ones included.
    const audited = await t.store.audit.list({
      accountId: t.account.id,
      principalArn: `arn:iamgate:iam::${t.account.id}:user/rush`,
      action: 'iamgate:SignIn',
      decision: 'Deny',
    });
    expect(audited.edges.map((e) => e.node.errorCode).sort()).toEqual([
      ...times(5, 'InvalidClientTokenId'),
      ...times(8, 'Throttling'),
    ]);
    t.clock.advance(901);
    ok(await t.gql(SIGN_IN, { input: user('rush', USER_PASSWORD) }));
  });

  it('counts the account id and its alias, and any case of the name, as one principal', async () => {
    await userWithPolicy(t, root, 'twin', null);
    const guesses = [user('twin', WRONG), user('TWIN', WRONG, 'lockout-corp'), user('Twin', WRONG)];
    for (const input of [...guesses, ...guesses.slice(0, 2)]) {
      expect(codeOf(await t.gql(SIGN_IN, { input }))).toBe('InvalidClientTokenId');
    }
    expect(codeOf(await t.gql(SIGN_IN, { input: user('twin', USER_PASSWORD, 'lockout-corp') }))).toBe(
      'Throttling',
    );
    expect(codeOf(await t.gql(SIGN_IN, { input: user('twin', USER_PASSWORD) }))).toBe('Throttling');
    // Names in accounts that do not exist are counted too (by what was typed), so lockouts reveal nothing.
    for (let i = 0; i < 5; i++) {
      expect(codeOf(await t.gql(SIGN_IN, { input: user('ghost', WRONG, 'no-such-corp') }))).toBe(
        'InvalidClientTokenId',
      );
    }
    expect(codeOf(await t.gql(SIGN_IN, { input: user('ghost', WRONG, 'NO-SUCH-CORP') }))).toBe('Throttling');
    t.clock.advance(901);
  });

  it('counts each operation of a batched request as an attempt', async () => {
    await userWithPolicy(t, root, 'batch', null);
    const response = await t.gateway.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          Array.from({ length: 10 }, () => ({ query: SIGN_IN, variables: { input: user('batch', WRONG) } })),
        ),
      }),
    );
    const results = (await response.json()) as GqlResponse[];
    expect(results).toHaveLength(10);
    expect(results.flatMap(codes).sort()).toEqual([
      ...times(5, 'InvalidClientTokenId'),
      ...times(5, 'Throttling'),
    ]);
    expect(codeOf(await t.gql(SIGN_IN, { input: user('batch', USER_PASSWORD) }))).toBe('Throttling');
    t.clock.advance(901);
  });

  // A mutation's fields run one after another, and signIn is non-null: the first refused one ends the operation.
  it('counts each aliased signIn field that runs, so aliases get no more guesses than requests', async () => {
    await userWithPolicy(t, root, 'alias', null);
    const fields = Array.from(
      { length: 10 },
      (_, i) =>
        `a${i}: signIn(input: { user: { account: "${t.account.id}", userName: "alias", password: "${WRONG}${i}" } }) { token }`,
    );
    const aliased = `mutation { ${fields.join('\n')} }`;
    for (let i = 0; i < 5; i++) expect(codes(await t.gql(aliased))).toEqual(['InvalidClientTokenId']);
    expect(codes(await t.gql(aliased))).toEqual(['Throttling']);
    expect(codeOf(await t.gql(SIGN_IN, { input: user('alias', USER_PASSWORD) }))).toBe('Throttling');
    t.clock.advance(901);
  });
});
