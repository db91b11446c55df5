import { type AccountSummary, DEFAULT_QUOTAS, type Quotas } from '@iamgate/store';
import { builder } from '../builder.js';

/** One quota with its current value. */
interface QuotaShape {
  name: string;
  limit: number;
}

const QuotaRef = builder.objectRef<QuotaShape>('Quota').implement({
  description: 'An account quota and its limit; defaults are AWS IAM quotas (`reference_iam-quotas.html`).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The quota, e.g. `accessKeysPerUser`.' }),
    limit: t.exposeInt('limit', { description: 'The limit in force for this account.' }),
  }),
});

/** Entity counts and quotas (`IAM/latest/APIReference/API_GetAccountSummary.html`). */
export const AccountSummaryRef = builder.objectRef<AccountSummary>('AccountSummary').implement({
  description:
    'How many entities the account has and the quotas that cap them (`API_GetAccountSummary.html`).',
  fields: (t) => ({
    users: t.exposeInt('users', { description: 'Number of users.' }),
    groups: t.exposeInt('groups', { description: 'Number of groups.' }),
    roles: t.exposeInt('roles', { description: 'Number of roles.' }),
    policies: t.exposeInt('policies', { description: 'Number of customer managed policies.' }),
    workloads: t.exposeInt('workloads', { description: 'Number of workloads.' }),
    quotas: t.field({
      type: [QuotaRef],
      description: 'Every quota with its limit, by name.',
      resolve: (summary) => quotaList(summary.quotas),
    }),
  }),
});

function quotaList(quotas: Quotas): QuotaShape[] {
  return (Object.keys(DEFAULT_QUOTAS) as (keyof Quotas)[])
    .sort()
    .map((name) => ({ name, limit: quotas[name] }));
}
