/**
 * `IAMGATE_MAX_PAGE_SIZE` caps every list's `first` (issue 17: it was documented but unused): a larger page is
 * `InvalidInput` (as the store answers a page size out of its range) before anything is read (the refusal is
 * audited), and a page within it is served.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

describe.each(testDrivers())('IAMGATE_MAX_PAGE_SIZE on %s', (driver) => {
  let t: TestGateway;

  beforeAll(async () => {
    t = await startTestGateway(driver, { IAMGATE_MAX_PAGE_SIZE: '10' });
  });
  afterAll(async () => t?.cleanup());

  it('refuses a larger page of any list before reading, and serves one within it', async () => {
    const root = await t.rootToken();
    for (const query of [
      'query($n: Int) { listUsers(first: $n) { edges { node { arn } } } }',
      'query($n: Int) { listRoles(first: $n) { edges { node { arn } } } }',
      'query($n: Int) { auditEvents(first: $n) { edges { node { action } } } }',
    ]) {
      ok(await t.gql(query, { n: 10 }, { token: root }));
      // Warm (the caller's policies cached), the refusal reads nothing: its one statement is its audit event.
      const before = t.store.queryCount();
      const refused = await t.gql(query, { n: 11 }, { token: root });
      expect({ query, code: codeOf(refused) }).toEqual({ query, code: 'InvalidInput' });
      expect(refused.errors?.[0]?.extensions?.limit).toBe(10);
      expect(t.store.queryCount() - before).toBe(1);
    }
  });

  it('is refused at start above the store largest page (1000)', async () => {
    await expect(t.variant({ IAMGATE_MAX_PAGE_SIZE: '5000' })).rejects.toThrow(/IAMGATE_MAX_PAGE_SIZE/);
  });
});
