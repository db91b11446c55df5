import type { Repositories } from '@iamgate/store';

/**
 * The zone of trust of an analysis (`IAM/latest/UserGuide/access-analyzer-findings.html`): the account, or its
 * organization when it is in one. Principals of accounts in the zone are inside; everyone else is outside.
 */
export interface ZoneOfTrust {
  kind: 'ACCOUNT' | 'ORGANIZATION';
  accountId: string;
  /** The organization's id (`o-...`) when the zone is an organization. */
  organizationId: string | null;
  /** The accounts inside the zone. */
  accounts: ReadonlySet<string>;
}

/** The zone of trust of `accountId`: its organization's member accounts, or the account alone (two statements). */
export async function zoneOfTrust(
  store: Pick<Repositories, 'organizations'>,
  accountId: string,
): Promise<ZoneOfTrust> {
  const organization = await store.organizations.describe(accountId);
  if (organization === undefined) {
    return { kind: 'ACCOUNT', accountId, organizationId: null, accounts: new Set([accountId]) };
  }
  const members = await store.organizations.listMembers(organization.managementAccountId);
  return {
    kind: 'ORGANIZATION',
    accountId,
    organizationId: organization.id,
    accounts: new Set([accountId, ...members.map((m) => m.id)]),
  };
}
