import { describe, expect, it } from 'vitest';
import { expectCode, type GetStore, newAccount } from './helpers.js';

/** Stored resource-based policies: kept per ARN or pattern of the account's own resources, versioned, matched exactly. */
export function resourcePoliciesSuite(store: GetStore) {
  const document = (principal: string, action = 'orders:GetOrder') =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: principal }, Action: action }],
    });

  describe('resource policies', () => {
    it('matches the policies whose pattern matches a resource exactly, after a prefix filter', async () => {
      const { id } = await newAccount(store());
      const arn = (rest: string) => `arn:iamgate:orders::${id}:${rest}`;
      await store().resourcePolicies.put(id, arn('order/*'), document(id));
      await store().resourcePolicies.put(id, arn('order/?'), document(id));
      await store().resourcePolicies.put(id, arn('order/7'), document(id));
      // `%` and `_` are no wildcards in a stored ARN: the prefix filter must not read them as LIKE's.
      await store().resourcePolicies.put(id, arn('order%/_'), document(id));
      await store().resourcePolicies.put(id, `arn:iamgate:invoices::${id}:order/*`, document(id));
      const matched = async (resource: string) =>
        (await store().resourcePolicies.matching(id, resource)).map((p) => p.resourceArn);
      expect(await matched(arn('order/7'))).toEqual([arn('order/*'), arn('order/7'), arn('order/?')]);
      expect(await matched(arn('order/77'))).toEqual([arn('order/*')]);
      expect(await matched(arn('order%/_'))).toEqual([arn('order%/_')]);
      expect(await matched(arn('invoice/7'))).toEqual([]);
      expect(await matched('*')).toEqual([]);
      const other = await newAccount(store());
      expect(await store().resourcePolicies.matching(other.id, arn('order/7'))).toEqual([]);
    });

    it('keeps five versions, deleting the oldest not in force, and one default', async () => {
      const { id } = await newAccount(store());
      const arn = `arn:iamgate:orders::${id}:order/*`;
      await store().resourcePolicies.put(id, arn, document(id, 'orders:V1'));
      await store().resourcePolicies.put(id, arn, document(id, 'orders:V2'));
      await store().resourcePolicies.setDefaultVersion(id, arn, 'v1');
      const pruned: string[] = [];
      for (let v = 3; v <= 7; v++) {
        pruned.push(...(await store().resourcePolicies.put(id, arn, document(id, `orders:V${v}`))).pruned);
      }
      expect(pruned).toEqual(['v1', 'v2']);
      const versions = await store().resourcePolicies.listVersions(id, arn);
      expect(versions.map((v) => v.versionId)).toEqual(['v7', 'v6', 'v5', 'v4', 'v3']);
      expect(versions.filter((v) => v.isDefaultVersion).map((v) => v.versionId)).toEqual(['v7']);
      const [inForce] = await store().resourcePolicies.matching(id, `arn:iamgate:orders::${id}:order/1`);
      expect(inForce?.document).toContain('orders:V7');
    });

    it("refuses ARNs of other accounts and partitions, and never reads another account's policy", async () => {
      const a = await newAccount(store());
      const b = await newAccount(store());
      const arn = `arn:iamgate:orders::${a.id}:order/*`;
      await store().resourcePolicies.put(a.id, arn, document(a.id));
      await expectCode(store().resourcePolicies.put(b.id, arn, document(b.id)), 'InvalidInput');
      await expectCode(
        store().resourcePolicies.put(a.id, `arn:aws:orders::${a.id}:x`, document(a.id)),
        'InvalidInput',
      );
      await expectCode(
        store().resourcePolicies.put(a.id, `arn:iamgate:iam::${a.id}:role/*`, document(a.id)),
        'InvalidInput',
      );
      await expectCode(store().resourcePolicies.get(b.id, arn), 'NoSuchEntity');
      await expectCode(store().resourcePolicies.delete(b.id, arn), 'NoSuchEntity');
      await expectCode(store().resourcePolicies.setDefaultVersion(b.id, arn, 'v1'), 'NoSuchEntity');
      expect((await store().resourcePolicies.list(b.id)).edges).toEqual([]);
      expect((await store().resourcePolicies.get(a.id, arn)).defaultVersionId).toBe('v1');
    });
  });
}
