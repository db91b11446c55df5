import { type AccountSummary, DEFAULT_QUOTAS, type Quotas } from '@iamgate/store';
import { builder } from '../builder.js';
import { type SummaryEntry, summaryMap } from './summary-map.js';

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

const SummaryEntryRef = builder.objectRef<SummaryEntry>('SummaryMapEntry').implement({
  description: 'One entry of AWS\'s `SummaryMap`, e.g. `{ key: "Users", value: 3 }`.',
  fields: (t) => ({
    key: t.exposeString('key', { description: "AWS's key (`Users`, `UsersQuota`, `AccountMFAEnabled`...)." }),
    value: t.exposeInt('value', { description: 'The count, the quota, or 1/0 for yes/no.' }),
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
    summaryMap: t.field({
      type: [SummaryEntryRef],
      description:
        "The summary as AWS's `SummaryMap`, sorted by key: counts, quotas, `AccountMFAEnabled`, " +
        '`AccountAccessKeysPresent`, `MFADevices`, `MFADevicesInUse`... (keys iamgate has no counterpart for are left out).',
      resolve: (summary) => summaryMap(summary),
    }),
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
