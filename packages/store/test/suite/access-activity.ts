import type { ActivityEntry } from '@iamgate/store';
import { describe, expect, it } from 'vitest';
import { type GetStore, newAccount } from './helpers.js';

const DAY_MS = 86_400_000;

/**
 * The activity record (`access_activity`): counts add up across batches and instances, the last time only moves
 * forward, other accounts never see a row, retention deletes by day, and access analysis reads it with the audit log.
 */
export function accessActivitySuite(store: GetStore) {
  describe('activity record', () => {
    const entry = (accountId: string, more: Partial<ActivityEntry> = {}): ActivityEntry => ({
      accountId,
      day: '2026-11-30',
      principalArn: `arn:iamgate:iam::${accountId}:user/app-user`,
      action: 'orders:GetOrder',
      resource: `arn:iamgate:orders::${accountId}:order/1`,
      decision: 'Allow',
      source: 'authorize',
      count: 1,
      lastAt: new Date('2026-11-30T10:00:00Z'),
      lastSourceIp: '10.0.0.1',
      ...more,
    });

    it('adds counts, keeps the latest time and address, and reads them with the audit log', async () => {
      const a = await newAccount(store());
      const later = new Date('2026-11-30T12:00:00Z');
      // Two batches (two instances), the later one flushed first, and duplicates within one batch.
      await store().activity.record([entry(a.id, { count: 2, lastAt: later, lastSourceIp: '10.0.0.2' })]);
      await store().activity.record([entry(a.id, { count: 3 }), entry(a.id, { count: 4 })]);
      await store().activity.record([entry(a.id, { decision: 'Deny', action: 'orders:DeleteOrder' })]);
      await store().audit.record({
        accountId: a.id,
        principalArn: `arn:iamgate:iam::${a.id}:user/app-user`,
        action: 'orders:GetOrder',
        resource: `arn:iamgate:orders::${a.id}:order/1`,
        decision: 'Allow',
        occurredAt: new Date('2026-11-30T13:00:00Z'),
      });
      const since = new Date('2026-11-29T00:00:00Z');
      const used = await store().accessAnalysis.activity(a.id, since, 10);
      expect(used.rows).toEqual([
        {
          principalArn: `arn:iamgate:iam::${a.id}:user/app-user`,
          action: 'orders:GetOrder',
          count: 10,
          lastUsedAt: new Date('2026-11-30T13:00:00Z'),
        },
      ]);
      const requests = await store().accessAnalysis.requests(
        a.id,
        { principals: { arns: [`arn:iamgate:iam::${a.id}:user/app-user`], prefixes: [] } },
        since,
        new Date('2026-12-01T00:00:00Z'),
        10,
      );
      expect(
        requests.rows.map((r) => [r.id === null, r.count, r.decision, r.occurredAt, r.sourceIp]),
      ).toEqual([
        [false, 1, 'Allow', new Date('2026-11-30T13:00:00Z'), null],
        [true, 9, 'Allow', later, '10.0.0.2'],
        [true, 1, 'Deny', new Date('2026-11-30T10:00:00Z'), '10.0.0.1'],
      ]);
    });

    it("never shows one account another's rows, and drops rows of accounts that do not exist", async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      await store().activity.record([entry(a.id), entry('000000000000')]);
      const since = new Date('2026-11-01T00:00:00Z');
      expect((await store().accessAnalysis.activity(b.id, since, 10)).rows).toEqual([]);
      const inA = await store().accessAnalysis.usedRequests(
        a.id,
        { arns: [], prefixes: [`arn:iamgate:iam::${a.id}:`] },
        since,
        10,
      );
      expect(inA.rows.map((r) => [r.action, r.count])).toEqual([['orders:GetOrder', 1]]);
    });

    it('keeps patterns apps asked about out of generation, and sums past 32 bits saturate', async () => {
      const a = await newAccount(store());
      const since = new Date('2026-11-01T00:00:00Z');
      const who = { arns: [`arn:iamgate:iam::${a.id}:user/app-user`], prefixes: [] };
      await store().activity.record([
        entry(a.id, { resource: `arn:iamgate:orders::${a.id}:order/*` }),
        entry(a.id, { resource: '*' }),
        entry(a.id, { action: 'orders:Get*' }),
        entry(a.id, { resource: `arn:iamgate:orders::${a.id}:order/\${aws:username}` }),
        // The gateway's own targets are its to name: `*` of a list operation is what was used.
        entry(a.id, { action: 'iam:ListUsers', resource: '*', source: 'api' }),
        entry(a.id, { action: 'orders:Big', count: 2_000_000_000, day: '2026-11-29' }),
        entry(a.id, { action: 'orders:Big', count: 2_000_000_000, day: '2026-11-30' }),
      ]);
      const used = await store().accessAnalysis.usedRequests(a.id, who, since, 10);
      expect(used.rows.map((r) => [r.action, r.resource, r.count])).toEqual([
        ['iam:ListUsers', '*', 1],
        ['orders:Big', `arn:iamgate:orders::${a.id}:order/1`, 2_147_483_647],
      ]);
      // Unused access only asks whether an action was used: every row counts.
      const activity = await store().accessAnalysis.activity(a.id, since, 10);
      expect(activity.rows.map((r) => [r.action, r.count]).sort()).toEqual([
        ['iam:ListUsers', 1],
        ['orders:Big', 2_147_483_647],
        ['orders:Get*', 1],
        ['orders:GetOrder', 3],
      ]);
    });

    it('keeps hostile lengths within the columns, and deletes days past the retention', async () => {
      const a = await newAccount(store());
      await store().activity.record([
        entry(a.id, {
          resource: `arn:iamgate:orders::${a.id}:order/${'x'.repeat(10_000)}`,
          lastSourceIp: 'y'.repeat(500),
        }),
        entry(a.id, { day: '2001-01-01', lastAt: new Date(Date.UTC(2001, 0, 1)) }),
        entry(a.id, { day: '2001-01-02', lastAt: new Date(Date.UTC(2001, 0, 2)) }),
      ]);
      expect(await store().activity.purgeBefore('2001-01-02', 10)).toBe(1);
      expect(await store().activity.purgeBefore('2001-01-03', 10)).toBe(1);
      expect(await store().activity.purgeBefore('2001-01-03', 10)).toBe(0);
      // In batches, until none is left.
      await store().activity.record(
        [1, 2, 3, 4, 5].map((d) =>
          entry(a.id, { day: `2001-02-0${d}`, lastAt: new Date(Date.UTC(2001, 1, d)) }),
        ),
      );
      expect(await store().activity.purgeBefore('2001-03-01', 2, 10)).toBe(5);
      const left = await store().accessAnalysis.activity(a.id, new Date(Date.now() - 3650 * DAY_MS), 10);
      expect(left.rows.map((r) => r.count)).toEqual([1]);
    });
  });
}
