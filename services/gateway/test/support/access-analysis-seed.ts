import type { AuditInput, Repositories, Store } from '@iamgate/store';
import { rawSql } from '@iamgate/store/testing';
import { allow } from './policies.js';

const DAY_MS = 86_400_000;

/** The sizes of the seeded bulk: enough that the analyses read pages, group and cap for real. */
export const BULK = { users: 200, groups: 20, roles: 100, policies: 20, events: 3000 } as const;

/** How big a bulk to seed: at most 1,000 users and roles, 100 groups and policies (the names' widths). */
export interface BulkSizes {
  users: number;
  groups: number;
  roles: number;
  policies: number;
  events: number;
}

/** What `seedBulk` made, with the times its audited calls were recorded at. */
export interface Bulk {
  t0: Date;
  userArns: string[];
  roleNames: string[];
  policyArns: string[];
  /** The audit events recorded, as recorded. */
  events: AuditInput[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Writes `fn`'s work in transactions of `size` items (each item a few statements on one locked account). */
async function chunked<T>(
  store: Store,
  items: readonly T[],
  size: number,
  fn: (tx: Repositories, item: T) => Promise<unknown>,
) {
  for (let i = 0; i < items.length; i += size) {
    await store.transaction(async (tx) => {
      for (const item of items.slice(i, i + size)) await fn(tx, item);
    });
  }
}

/**
 * Seeds an account through the store (quickly: a few transactions, not hundreds of API calls); with the default
 * sizes (`BULK`): users `u000`..
 * `u199` at `/bulk/`, each in group `g<i % 20>`; managed policies `bulk-orders-00`..`19` (orders reads on
 * `order/*`), policy `k` attached to group `k` and to the roles `r<i>` with `i % 20 = k`; roles `r000`..`r099` trusting
 * the account; and 3,000 audited `orders` calls, event `e` by user `u<e % 200>` (or, every third, by a session of
 * role `r<e % 100>`) on `order/<e % 50>`, `e % 120` days before `t0` (every tenth refused with `AccessDenied`).
 * Users, groups, roles and policies were created 200 days before `t0`. The bulk trusts nobody outside the account and grants no action the audit log judges, so it adds no external
 * access finding and no `UnusedAction`, only volume.
 */
export async function seedBulk(
  store: Store,
  accountId: string,
  t0: Date,
  sizes: BulkSizes = BULK,
): Promise<Bulk> {
  const partition = store.partition;
  const users = Array.from({ length: sizes.users }, (_, i) => `u${pad(i, 3)}`);
  const groups = Array.from({ length: sizes.groups }, (_, i) => `g${pad(i, 2)}`);
  const roles = Array.from({ length: sizes.roles }, (_, i) => `r${pad(i, 3)}`);
  const policyNames = Array.from({ length: sizes.policies }, (_, i) => `bulk-orders-${pad(i, 2)}`);
  const document = allow(['orders:Get*', 'orders:List*'], `arn:${partition}:orders::${accountId}:order/*`);
  await chunked(store, groups, 20, (tx, name) => tx.groups.create(accountId, { name }));
  const policyArns: string[] = [];
  await chunked(store, policyNames, 20, async (tx, name) => {
    policyArns.push((await tx.policies.create(accountId, { name, document })).arn);
  });
  await chunked(store, users, 50, async (tx, name) => {
    await tx.users.create(accountId, { name, path: '/bulk/' });
    await tx.groups.addUser(accountId, groups[Number(name.slice(1)) % sizes.groups] as string, name);
  });
  await chunked(store, groups, 20, (tx, name) =>
    tx.policies.attach(accountId, { kind: 'group', name }, policyArns[Number(name.slice(1))] as string),
  );
  const trust = JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: accountId }, Action: 'sts:AssumeRole' }],
  });
  await chunked(store, roles, 50, async (tx, name) => {
    await tx.roles.create(accountId, { name, assumeRolePolicyDocument: trust });
    await tx.policies.attach(
      accountId,
      { kind: 'role', name },
      policyArns[Number(name.slice(1)) % sizes.policies] as string,
    );
  });
  const actions = ['orders:GetOrder', 'orders:ListOrders', 'orders:GetOrder'];
  const events: AuditInput[] = Array.from({ length: sizes.events }, (_, e) => {
    const refused = e % 10 === 0;
    return {
      accountId,
      principalArn:
        e % 3 === 0
          ? `arn:${partition}:sts::${accountId}:assumed-role/${roles[e % sizes.roles]}/s${e}`
          : `arn:${partition}:iam::${accountId}:user/bulk/${users[e % sizes.users]}`,
      action: actions[e % actions.length] as string,
      resource: `arn:${partition}:orders::${accountId}:order/${e % 50}`,
      decision: refused ? 'Deny' : 'Allow',
      errorCode: refused ? 'AccessDenied' : null,
      occurredAt: new Date(t0.getTime() - (e % 120) * DAY_MS - e * 1000),
    };
  });
  await chunked(store, events, 1000, (tx, event) => tx.audit.record(event));
  // What no operation sets: the bulk was created long before t0 (the store's own timestamps are the database's now()).
  const created = new Date(t0.getTime() - 200 * DAY_MS).toISOString();
  const bulkRows = {
    users: "path = '/bulk/'",
    roles: "name ~ '^r[0-9]{3}$'",
    policies: "name like 'bulk-orders-%'",
    groups: "name ~ '^g[0-9]{2}$'",
  };
  for (const [table, which] of Object.entries(bulkRows)) {
    await rawSql(store, `update ${table} set created_at = $1 where account_id = $2 and ${which}`, [
      created,
      accountId,
    ]);
  }
  return {
    t0,
    userArns: users.map((u) => `arn:${partition}:iam::${accountId}:user/bulk/${u}`),
    roleNames: roles,
    policyArns,
    events,
  };
}

/** Records audit events as given (calls an app decided, sessions that ran), in one transaction. */
export async function recordEvents(store: Store, events: readonly AuditInput[]): Promise<void> {
  await store.transaction(async (tx) => {
    for (const event of events) await tx.audit.record(event);
  });
}

/** `t0` moved by whole days. */
export function daysFrom(t0: Date, days: number): Date {
  return new Date(t0.getTime() + days * DAY_MS);
}
