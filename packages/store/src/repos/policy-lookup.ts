import { and, eq, sql } from 'drizzle-orm';
import { type IamResourceType, parseIamArn } from '../arn.js';
import type { Executor } from '../db/types.js';
import { noSuchEntity } from '../errors.js';
import { policies } from '../schema/policies.js';
import { byName } from './named.js';

/**
 * Checks that `arn` names a `type` entity of `accountId` under this store's partition, and returns its name and
 * path. Another account's or partition's ARN is `NoSuchEntity`: no one reaches another account's entities.
 */
export function ownArn(
  partition: string,
  accountId: string,
  arn: string,
  type: IamResourceType,
): { name: string; path: string } {
  const parsed = parseIamArn(arn, type);
  if (parsed.partition !== partition || parsed.accountId !== accountId) throw noSuchEntity(type, arn);
  return { name: parsed.name, path: parsed.path };
}

/** The id of the managed policy `arn` in `accountId`, or `NoSuchEntity`. Locks it when `lock` is set. */
export async function policyIdByArn(
  db: Executor,
  partition: string,
  accountId: string,
  arn: string,
  lock = false,
): Promise<string> {
  const { name, path } = ownArn(partition, accountId, arn, 'policy');
  const q = db
    .select({ id: policies.id, path: policies.path })
    .from(policies)
    .where(and(byName(policies, accountId, name), eq(policies.path, path)));
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw noSuchEntity('policy', arn);
  return row.id;
}

/** `arn:<partition>:iam::<account>:policy<path><name>` computed in SQL, for joins that return boundary ARNs. */
export function policyArnSql(partition: string) {
  return sql<
    string | null
  >`case when ${policies.id} is null then null else 'arn:' || ${partition} || ':iam::' || ${policies.accountId} || ':policy' || ${policies.path} || ${policies.name} end`;
}
