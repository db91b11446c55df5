import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logging/logger.js';
import { ActivityRecorder, resourceType } from '../src/usage/activity-recorder.js';
import { BatchedWrites } from '../src/usage/batched-writes.js';
import { otherAccount } from './support/best-practices-seed.js';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { startTestGateway, type TestGateway, USER_PASSWORD, userWithPolicy } from './support/test-gateway.js';

/**
 * The activity record through the gateway: what the audit log does not hold one by one (allowed reads, apps'
 * decisions) is counted per day and written in batches, never per request, kept per account, and bounded in memory.
 */

const DAY_MS = 86_400_000;

describe('batched writes', () => {
  it('holds a bounded number of keys while a write hangs, and says how many it dropped', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', sink: (line) => lines.push(line) });
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const written: number[][] = [];
    const batch = new BatchedWrites<number>({
      name: 'test values',
      intervalMs: 0,
      flushAt: 4,
      maxPending: 8,
      write: async (values) => {
        written.push(values);
        await gate;
      },
      logger,
    });
    // The fourth key starts a write, which hangs; eight more fill the next batch, the rest are dropped.
    for (let i = 0; i < 20; i++) batch.set(`k${i}`, i);
    expect(written).toEqual([[0, 1, 2, 3]]);
    open();
    // Closing waits for the write under way, then writes what was noted meanwhile.
    await batch.close();
    expect(written).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7, 8, 9, 10, 11],
    ]);
    expect(lines.map((l) => JSON.parse(l))).toContainEqual(
      expect.objectContaining({ msg: 'test values dropped while a write was slow', dropped: 8 }),
    );
  });
});

describe('resource types', () => {
  it('generalizes a resource to its type, and anything else to *', () => {
    expect(
      [
        'arn:iamgate:orders::123456789012:order/42',
        'arn:iamgate:orders::123456789012:order/eu/42',
        'arn:iamgate:logs:eu:123456789012:log-group:x:y',
        'arn:iamgate:iam::123456789012:root',
        'arn:iamgate:s3:::bucket',
        '*',
        'not-an-arn',
        'arn:short:x',
      ].map(resourceType),
    ).toEqual([
      'arn:iamgate:orders::123456789012:order/*',
      'arn:iamgate:orders::123456789012:order/*',
      'arn:iamgate:logs:eu:123456789012:log-group:*',
      'arn:iamgate:iam::123456789012:*',
      'arn:iamgate:s3:::*',
      '*',
      '*',
      '*',
    ]);
  });
});

describe.each(testDrivers())('the activity record on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let a: string;
  const order = (id: string) => `arn:iamgate:orders::${a}:order/${id}`;
  const AUTHORIZE = 'query($r: String!) { authorize(action: "orders:GetOrder", resource: $r) { allowed } }';

  beforeAll(async () => {
    t = await startTestGateway(driver);
    a = t.account.id;
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());

  it('counts decisions in memory and writes them in one batch, per UTC day', async () => {
    const user = await userWithPolicy(t, root, 'counted', allow(['orders:GetOrder', 'iam:GetUser']));
    // Noting costs no statement (statement-counts.test.ts: a warm `authorize` sends none); the write is one batch.
    for (let i = 0; i < 5; i++) ok(await t.gql(AUTHORIZE, { r: order('1') }, { token: user }));
    t.clock.advance(86_400);
    const nextDay = await t.userToken('counted', USER_PASSWORD);
    ok(await t.gql(AUTHORIZE, { r: order('1') }, { token: nextDay }));
    ok(await t.gql('{ getUser { userName } }', {}, { token: nextDay }));
    await t.gateway.services.activity.flush();
    const now = t.clock.now();
    const requests = await t.store.accessAnalysis.requests(
      a,
      { principals: { arns: [`arn:iamgate:iam::${a}:user/counted`], prefixes: [] } },
      new Date(now.getTime() - 2 * DAY_MS),
      new Date(now.getTime() + 1),
      10,
    );
    expect(
      requests.rows
        .filter((r) => r.id === null)
        .map((r) => [r.action, r.resource, r.count, r.decision])
        .sort((x, y) => String(x).localeCompare(String(y))),
    ).toEqual([
      ['iam:GetUser', `arn:iamgate:iam::${a}:user/counted`, 1, 'Allow'],
      ['orders:GetOrder', order('1'), 1, 'Allow'],
      ['orders:GetOrder', order('1'), 5, 'Allow'],
    ]);
  });

  it("records another account's decisions in its own account only", async () => {
    root = await t.rootToken();
    const other = await otherAccount(t, root, 'activity-b@example.com');
    const bRoot = other.rootToken;
    const b = other.accountId;
    ok(await t.gql(AUTHORIZE, { r: `arn:iamgate:orders::${b}:order/7` }, { token: bRoot }));
    const bUser = await userWithPolicy(t, bRoot, 'b-user', allow('orders:GetOrder'), b);
    ok(await t.gql(AUTHORIZE, { r: `arn:iamgate:orders::${b}:order/7` }, { token: bUser }));
    // Asking about a principal of another account is refused before anything is decided or recorded.
    const asking = await t.gql(
      'query($p: String!) { authorize(action: "orders:GetOrder", resource: "*", principalArn: $p) { allowed } }',
      { p: `arn:iamgate:iam::${a}:user/counted` },
      { token: bRoot },
    );
    expect(codeOf(asking)).toBe('AccessDenied');
    await t.gateway.services.activity.flush();
    const since = new Date(t.clock.now().getTime() - DAY_MS);
    const inA = await t.store.accessAnalysis.activity(a, since, 100);
    expect(inA.rows.some((r) => r.principalArn.includes(b))).toBe(false);
    const inB = await t.store.accessAnalysis.activity(b, since, 100);
    // With the audit log's rows (the root's mutations): the two decisions, each in its principal's name.
    expect(
      inB.rows
        .filter((r) => r.action === 'orders:GetOrder')
        .map((r) => [r.principalArn, r.count])
        .sort(),
    ).toEqual([
      [`arn:iamgate:iam::${b}:root`, 1],
      [`arn:iamgate:iam::${b}:user/b-user`, 1],
    ]);
  });

  it('spends each day budget once per key, lets one principal spend a quarter of it, and starts again each day', async () => {
    // Budget 8: a principal generalizes after 2 keys and drops after 4; the account after 8 and 16.
    const recorder = new ActivityRecorder(t.store, 0, createLogger({ level: 'silent' }), t.clock.now, 8);
    const at = t.clock.now();
    const note = (who: string, action: string, id: string, when = at) =>
      recorder.note({
        accountId: a,
        principalArn: `arn:iamgate:iam::${a}:user/${who}`,
        action,
        resource: order(id),
        decision: 'Allow',
        source: 'authorize',
        at: when,
        sourceIp: null,
      });
    for (let i = 1; i <= 10; i++) note('flooder', 'orders:GetOrder', `flood-${i}`);
    // Written, then seen again: a key of this day costs the budget once, however many batches it is in.
    await recorder.flush();
    note('flooder', 'orders:GetOrder', 'flood-1');
    for (const action of ['orders:A', 'orders:B', 'orders:C']) note('flooder', action, 'x');
    // The flooder's budget is its own: another principal of the account is still recorded exactly.
    note('bystander', 'orders:GetOrder', 'z');
    // A new day starts a new budget.
    note('flooder', 'orders:E', 'y', new Date(at.getTime() + DAY_MS));
    await recorder.close();
    const rowsOf = async (who: string) =>
      (
        await t.store.accessAnalysis.requests(
          a,
          { principals: { arns: [`arn:iamgate:iam::${a}:user/${who}`], prefixes: [] } },
          new Date(at.getTime() - DAY_MS),
          new Date(at.getTime() + 2 * DAY_MS),
          100,
        )
      ).rows
        .map((r) => `${r.action} ${r.resource?.split(':').pop()} ${r.count}`)
        .sort();
    expect(await rowsOf('flooder')).toEqual([
      'orders:A order/* 1',
      'orders:E order/y 1',
      'orders:GetOrder order/* 8',
      'orders:GetOrder order/flood-1 2',
      'orders:GetOrder order/flood-2 1',
    ]);
    expect(await rowsOf('bystander')).toEqual(['orders:GetOrder order/z 1']);
  });

  it('keeps days past the retention out, whatever instance writes them', async () => {
    const recorder = new ActivityRecorder(t.store, 0, createLogger({ level: 'silent' }), t.clock.now);
    const old = new Date(t.clock.now().getTime() - 500 * DAY_MS);
    recorder.note({
      accountId: a,
      principalArn: `arn:iamgate:iam::${a}:user/counted`,
      action: 'orders:ListOrders',
      resource: '*',
      decision: 'Allow',
      source: 'authorize',
      at: old,
      sourceIp: null,
    });
    // The write adds the row, then its retention pass (the first of this recorder) deletes it.
    await recorder.close();
    const rows = await t.store.accessAnalysis.activity(a, new Date(old.getTime() - DAY_MS), 100);
    expect(rows.rows.filter((r) => r.action === 'orders:ListOrders')).toEqual([]);
  });
});
