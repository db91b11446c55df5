import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount } from './helpers.js';

export function auditSuite(store: GetStore) {
  describe('audit events', () => {
    it('records an event in the other accounts it concerns too (alsoIn), with a session or on its own', async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      await store().audit.record({
        action: 'sts:AssumeRole',
        decision: 'Deny',
        accountId: a.id,
        alsoIn: [b.id, a.id],
      });
      const role = await store().roles.create(b.id, {
        name: 'Shared',
        assumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: a.id }, Action: 'sts:AssumeRole' }],
        },
      });
      await store().sessions.create(
        {
          accountId: b.id,
          principalType: 'role',
          source: 'assumeRole',
          roleId: role.id,
          sessionName: 'from-a',
          expiresAt: new Date(Date.now() + 3_600_000),
        },
        { audit: { action: 'sts:AssumeRole', decision: 'Allow', accountId: a.id, alsoIn: [b.id] } },
      );
      const inA = (await store().audit.list({ accountId: a.id })).edges.map((e) => e.node.decision);
      const inB = (await store().audit.list({ accountId: b.id })).edges.map((e) => e.node.decision);
      expect(inA.sort()).toEqual(['Allow', 'Deny']);
      expect(inB.sort()).toEqual(['Allow', 'Deny']);
    });

    it('records an event atomically with the change it describes', async () => {
      const { id: acct } = await newAccount(store());
      const user = await store().users.create(
        acct,
        { name: 'audited' },
        {
          audit: {
            action: 'iam:CreateUser',
            decision: 'Allow',
            principalArn: `arn:iamgate:iam::${acct}:root`,
            resource: `arn:iamgate:iam::${acct}:user/audited`,
            requestId: 'req-1',
            sourceIp: '203.0.113.7',
            userAgent: 'vitest',
          },
        },
      );
      const events = await store().audit.list({ accountId: acct });
      expect(events.edges).toHaveLength(1);
      expect(events.edges[0]?.node).toMatchObject({
        accountId: acct,
        action: 'iam:CreateUser',
        decision: 'Allow',
        resource: user.arn,
        requestId: 'req-1',
        sourceIp: '203.0.113.7',
      });
      // A failed change leaves no event behind: both are in one transaction.
      await expectCode(
        store().users.create(
          acct,
          { name: 'AUDITED' },
          { audit: { action: 'iam:CreateUser', decision: 'Allow' } },
        ),
        'EntityAlreadyExists',
      );
      expect((await store().audit.list({ accountId: acct })).edges).toHaveLength(1);
    });

    it('filters by principal, action, decision and time, newest first with cursors', async () => {
      const { id: acct } = await newAccount(store());
      const base = Date.parse('2030-05-01T00:00:00.000Z');
      const alice = `arn:iamgate:iam::${acct}:user/alice`;
      const bob = `arn:iamgate:iam::${acct}:user/bob`;
      for (let i = 0; i < 6; i++) {
        await store().audit.record({
          accountId: acct,
          action: i % 2 === 0 ? 'iam:GetUser' : 'iam:DeleteUser',
          decision: i % 3 === 0 ? 'Deny' : 'Allow',
          principalArn: i < 3 ? alice : bob,
          errorCode: i % 3 === 0 ? 'AccessDenied' : null,
          occurredAt: new Date(base + i * 1000),
        });
      }
      const page1 = await store().audit.list({ accountId: acct, first: 4 });
      expect(page1.edges.map((e) => e.node.occurredAt.getTime() - base)).toEqual([5000, 4000, 3000, 2000]);
      const page2 = await store().audit.list({ accountId: acct, first: 4, after: page1.pageInfo.endCursor });
      expect(page2.edges.map((e) => e.node.occurredAt.getTime() - base)).toEqual([1000, 0]);
      expect(page2.pageInfo.hasNextPage).toBe(false);
      expect((await store().audit.list({ accountId: acct, principalArn: alice })).edges).toHaveLength(3);
      expect((await store().audit.list({ accountId: acct, action: 'iam:GetUser' })).edges).toHaveLength(3);
      const denied = await store().audit.list({ accountId: acct, decision: 'Deny' });
      expect(denied.edges.map((e) => e.node.errorCode)).toEqual(['AccessDenied', 'AccessDenied']);
      const window = await store().audit.list({
        accountId: acct,
        from: new Date(base + 1000),
        to: new Date(base + 3000),
      });
      expect(window.edges.map((e) => e.node.occurredAt.getTime() - base)).toEqual([2000, 1000]);
      const other = await newAccount(store());
      expect((await store().audit.list({ accountId: other.id })).edges).toEqual([]);
      await expectCode(store().audit.record({ action: '', decision: 'Allow' }), 'InvalidInput');
    });
  });
}
