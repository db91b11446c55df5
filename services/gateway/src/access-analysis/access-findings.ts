import type { ArchivedFinding, Repositories, Role } from '@iamgate/store';
import {
  type AnalyzedPolicy,
  type ExternalAccessFinding,
  externalAccessFindings,
} from './external-access.js';
import { type ZoneOfTrust, zoneOfTrust } from './zone-of-trust.js';

/** Whether a finding needs attention (`ACTIVE`) or was accepted (`ARCHIVED`), as Access Analyzer's statuses. */
export type AccessFindingStatus = 'ACTIVE' | 'ARCHIVED';

/** An external access finding with its status in the account. */
export interface AccessFinding extends ExternalAccessFinding {
  status: AccessFindingStatus;
  /** Why, by whom and when it was archived; null while active. */
  archived: ArchivedFinding | null;
}

/** The findings of an account and the zone of trust they were computed for. */
export interface AccessFindings {
  zone: ZoneOfTrust;
  findings: AccessFinding[];
}

/** Every role of the account, a page of 1,000 at a time (one statement per page). */
async function allRoles(store: Pick<Repositories, 'roles'>, accountId: string): Promise<Role[]> {
  const roles: Role[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.roles.list(accountId, { first: 1000, ...(after === null ? {} : { after }) });
    roles.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) return roles;
    after = page.pageInfo.endCursor;
  }
}

/**
 * The account's external access findings, computed now from its roles' trust policies (as shown: each bound
 * principal as its current ARN) and its stored resource policies (their versions in force), with their archive
 * status. Findings are not stored: one that no longer exists is simply not found, and an archive row outlives it.
 */
export async function accessFindings(
  store: Pick<
    Repositories,
    'partition' | 'roles' | 'resourcePolicies' | 'organizations' | 'archivedFindings'
  >,
  accountId: string,
): Promise<AccessFindings> {
  const [zone, roles, stored, archived] = await Promise.all([
    zoneOfTrust(store, accountId),
    allRoles(store, accountId),
    store.resourcePolicies.defaults(accountId),
    store.archivedFindings.list(accountId),
  ]);
  const policies: AnalyzedPolicy[] = [
    ...roles.map((role) => ({
      kind: 'ROLE_TRUST_POLICY' as const,
      resourceArn: role.arn,
      document: role.assumeRolePolicyDocument,
    })),
    ...stored.map((policy) => ({
      kind: 'RESOURCE_POLICY' as const,
      resourceArn: policy.resourceArn,
      document: policy.document,
    })),
  ];
  const byId = new Map(archived.map((a) => [a.findingId, a]));
  const findings = externalAccessFindings(policies, zone, store.partition);
  return {
    zone,
    findings: findings.map((f) => {
      const row = byId.get(f.id) ?? null;
      return { ...f, status: row === null ? 'ACTIVE' : 'ARCHIVED', archived: row };
    }),
  };
}
