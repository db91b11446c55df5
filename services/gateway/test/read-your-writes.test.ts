import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from './support/graphql-client.js';
import { allow, deny } from './support/policies.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const HOUR_MS = 3_600_000;

// On Postgres a change's notification reaches the writing instance asynchronously, over its LISTEN connection; the
// store also tells its own process at commit, so the instance that made a change answers with it at once: its
// caches (policies, entities) are current before the mutation's response leaves.
describe.each(testDrivers())('read-your-writes on the writing instance on %s', (driver) => {
  let t: TestGateway;
  let root: string;
  let app: string;

  beforeAll(async () => {
    // No revision poll to fall back on: only the change events can make the caches current.
    t = await startTestGateway(driver, {}, { intervals: { keyRefreshMs: HOUR_MS, revisionPollMs: HOUR_MS } });
    root = await t.rootToken();
    app = await userWithPolicy(t, root, 'app', allow(['orders:GetOrder', 'iam:GetUser']));
  });
  afterAll(async () => t?.cleanup());

  it('sees a policy change in the very next call, every time', async () => {
    const put =
      'mutation($d: String!) { putUserPolicy(userName: "app", policyName: "toggle", policyDocument: $d) { policyName } }';
    const check = '{ authorize(action: "orders:GetOrder", resource: "*") { allowed revision } }';
    type Checked = { authorize: { allowed: boolean; revision: number } };
    let revision = ok(await t.gql<Checked>(check, {}, { token: app })).authorize.revision;
    for (let round = 0; round < 20; round++) {
      const denied = round % 2 === 0;
      ok(
        await t.gql(put, { d: denied ? deny('orders:GetOrder') : allow('orders:GetOrder') }, { token: root }),
      );
      const seen = ok(await t.gql<Checked>(check, {}, { token: app })).authorize;
      expect(seen.allowed).toBe(!denied);
      expect(seen.revision).toBeGreaterThan(revision);
      revision = seen.revision;
    }
  });

  it('sees an entity change in the very next read, every time', async () => {
    const tag =
      'mutation($v: String!) { tagUser(userName: "app", tags: [{ key: "k", value: $v }]) { userName } }';
    type Tags = { getUser: { tags: { value: string }[] } };
    for (let round = 0; round < 20; round++) {
      ok(await t.gql(tag, { v: `v${round}` }, { token: root }));
      const read = ok(
        await t.gql<Tags>('{ getUser(userName: "app") { tags { value } } }', {}, { token: app }),
      );
      expect(read.getUser.tags).toEqual([{ value: `v${round}` }]);
    }
  });
});
