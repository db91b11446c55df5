import type { Store } from '@iamgate/store';
import { allow, deny } from './policies.js';
import { trust } from './roles.js';
import { USER_PASSWORD } from './test-gateway.js';

/** An account outside every test account, named by resource and trust policies. */
export const EXTERNAL_ACCOUNT = '210987654321';

/** What `seedAnalysisAccount` made, for hand-checked answers. */
export interface AnalysisAccount {
  accountId: string;
  /** `arn:iamgate:orders::<account>:order/<id>` */
  order: (id: string) => string;
  users: number;
  roles: number;
  /** Users who may read orders by the attached `OrdersRead` (every tenth). */
  readers: string[];
  /** The role everyone of the account and two outsiders may assume. */
  assumableRoleArn: string;
  /** A user with `iamgate:*`, `iam:SimulatePrincipalPolicy` and `sts:AssumeRole`, with a password. */
  analyst: string;
}

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * Seeds an account large enough to matter through the store (quickly: one transaction per write, no HTTP):
 * `users` users and `roles` roles, 120 filler managed policies attached round-robin, and a few hand-checked cases:
 *
 * - `OrdersRead` (`orders:GetOrder` on `order/*`) attached to every tenth user (`u000`, `u010`...) and to `r010`;
 * - `u005`: `OrdersAdmin` (`orders:*`) and `DenyCancel`; `u007`: `OrdersAdmin` capped by the boundary `GetOnly`;
 * - group `readers` (`OrdersRead`) with `u001`, `u002`; group `idle` with nothing;
 * - `u003` and `u004`: an inline Allow of `orders:GetOrder` when `aws:PrincipalTag/team` is `red`; `u003` is red,
 *   `u004` blue;
 * - `r050`: `OrdersAdmin`;
 * - a stored resource policy on `order/*` allowing `u299` and the external account `orders:GetOrder`;
 * - the role `assumable`, whose trust policy names `u010`, the external account and `workload.iamgate`.
 */
export async function seedAnalysisAccount(
  store: Store,
  accountId: string,
  size: { users: number; roles: number } = { users: 300, roles: 100 },
): Promise<AnalysisAccount> {
  const order = (id: string) => `arn:iamgate:orders::${accountId}:order/${id}`;
  const policy = async (name: string, document: string) =>
    (await store.policies.create(accountId, { name, document })).arn;
  const ordersRead = await policy('OrdersRead', allow('orders:GetOrder', order('*')));
  const ordersAdmin = await policy('OrdersAdmin', allow('orders:*'));
  const denyCancel = await policy('DenyCancel', deny('orders:CancelOrder'));
  const getOnly = await policy('GetOnly', allow('orders:Get*'));
  const filler: string[] = [];
  for (let i = 0; i < 120; i++) filler.push(await policy(`Filler${pad(i)}`, allow(`svc${i}:Do*`)));
  const readers: string[] = [];
  for (let i = 0; i < size.users; i++) {
    const name = `u${pad(i)}`;
    const user = await store.users.create(accountId, {
      name,
      ...(i === 3 || i === 4 ? { tags: [{ key: 'team', value: i === 3 ? 'red' : 'blue' }] } : {}),
    });
    await store.policies.attach(accountId, { kind: 'user', name }, filler[i % filler.length]!);
    if (i % 10 === 0) {
      await store.policies.attach(accountId, { kind: 'user', name }, ordersRead);
      readers.push(user.arn);
    }
  }
  await store.policies.attach(accountId, { kind: 'user', name: 'u005' }, ordersAdmin);
  await store.policies.attach(accountId, { kind: 'user', name: 'u005' }, denyCancel);
  await store.policies.attach(accountId, { kind: 'user', name: 'u007' }, ordersAdmin);
  await store.boundaries.put(accountId, { kind: 'user', name: 'u007' }, getOnly);
  const redOnly = allow('orders:GetOrder', '*', {
    Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' } },
  });
  for (const name of ['u003', 'u004']) {
    await store.inlinePolicies.put(accountId, { kind: 'user', name }, 'red-only', redOnly);
  }
  await store.groups.create(accountId, { name: 'readers' });
  await store.groups.create(accountId, { name: 'idle' });
  await store.policies.attach(accountId, { kind: 'group', name: 'readers' }, ordersRead);
  for (const name of ['u001', 'u002']) await store.groups.addUser(accountId, 'readers', name);
  for (let i = 0; i < size.roles; i++) {
    const name = `r${pad(i)}`;
    await store.roles.create(accountId, { name, assumeRolePolicyDocument: trust({ AWS: accountId }) });
    await store.policies.attach(accountId, { kind: 'role', name }, filler[(i * 7) % filler.length]!);
  }
  await store.policies.attach(accountId, { kind: 'role', name: 'r010' }, ordersRead);
  await store.policies.attach(accountId, { kind: 'role', name: 'r050' }, ordersAdmin);
  const u010 = `arn:iamgate:iam::${accountId}:user/u010`;
  const assumable = await store.roles.create(accountId, {
    name: 'assumable',
    assumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: [u010, EXTERNAL_ACCOUNT] }, Action: 'sts:AssumeRole' },
        { Effect: 'Allow', Principal: { Service: 'workload.iamgate' }, Action: 'sts:AssumeRole' },
      ],
    }),
  });
  await store.resourcePolicies.put(
    accountId,
    order('*'),
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Partners',
          Effect: 'Allow',
          Principal: { AWS: [`arn:iamgate:iam::${accountId}:user/u299`, EXTERNAL_ACCOUNT] },
          Action: 'orders:GetOrder',
          Resource: order('*'),
        },
      ],
    }),
  );
  await store.users.create(accountId, { name: 'analyst' });
  await store.inlinePolicies.put(
    accountId,
    { kind: 'user', name: 'analyst' },
    'analysis',
    allow(['iamgate:*', 'iam:SimulatePrincipalPolicy', 'sts:AssumeRole']),
  );
  await store.loginProfiles.create(accountId, 'analyst', { password: USER_PASSWORD });
  return {
    accountId,
    order,
    users: size.users,
    roles: size.roles,
    readers,
    assumableRoleArn: assumable.arn,
    analyst: 'analyst',
  };
}
