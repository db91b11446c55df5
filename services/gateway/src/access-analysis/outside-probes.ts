import { type ContextValue, parsePrincipal } from '@iamgate/policy';
import { type ConditionEntry, valuesOf } from './statement-conditions.js';
import type { ZoneOfTrust } from './zone-of-trust.js';

/** A principal outside the zone of trust to ask the engine about, with the context keys it would bring. */
export interface Probe {
  principal: string;
  context: Record<string, ContextValue>;
}

/** The name probe users, roles and sessions take: nobody's, in an account outside the zone. */
const PROBE = 'iamgate-access-analysis';
const ACCOUNT = /^\d{12}$/;

/** `*` and `?` made concrete, so a pattern from a condition becomes a value it matches. */
export function concretize(pattern: string): string {
  return pattern.replace(/[*?]/g, 'x');
}

/** An account outside the zone that no statement names: anyone at all. */
function someOutsideAccount(zone: ZoneOfTrust): string {
  for (let n = 0; ; n++) {
    const account = String(n).padStart(12, '0');
    if (!zone.accounts.has(account)) return account;
  }
}

/** Every kind of principal of an account: its root user, a user, and a role session. */
export function accountProbes(partition: string, account: string): Probe[] {
  return [
    { principal: `arn:${partition}:iam::${account}:root`, context: {} },
    { principal: `arn:${partition}:iam::${account}:user/${PROBE}`, context: {} },
    {
      principal: `arn:${partition}:sts::${account}:assumed-role/${PROBE}/${PROBE}`,
      context: { 'aws:PrincipalArn': `arn:${partition}:iam::${account}:role/${PROBE}` },
    },
  ];
}

/** The callers an ARN of a `Principal` element (or of an `aws:PrincipalArn` condition) stands for. */
export function arnProbes(partition: string, arn: string): Probe[] {
  const p = parsePrincipal(arn);
  switch (p.kind) {
    case 'Account':
      return accountProbes(partition, p.account as string);
    case 'Role':
      return [
        {
          principal: `arn:${p.partition}:sts::${p.account}:assumed-role/${p.roleName}/${PROBE}`,
          context: { 'aws:PrincipalArn': arn },
        },
      ];
    case 'User':
    case 'AssumedRole':
    case 'FederatedUser':
      return [{ principal: arn, context: {} }];
    default:
      return [];
  }
}

/** The account of an ARN or account id, if it names one. */
export function accountOfPrincipal(value: string): string | undefined {
  if (ACCOUNT.test(value)) return value;
  return parsePrincipal(value).account;
}

/**
 * The organizations an outsider may be in: none, any the statement's conditions name other than the zone's own,
 * and one nobody names (`aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`).
 */
function organizationVariants(
  entries: readonly ConditionEntry[],
  zone: ZoneOfTrust,
): Record<string, ContextValue>[] {
  const own = zone.organizationId;
  const ids = new Set<string>(['o-iamgateanalysis']);
  for (const value of valuesOf(entries, 'aws:PrincipalOrgID')) ids.add(concretize(value));
  const paths = valuesOf(entries, 'aws:PrincipalOrgPaths').map(concretize);
  const variants: Record<string, ContextValue>[] = [{}];
  for (const id of ids) {
    if (id === own) continue;
    variants.push({ 'aws:PrincipalOrgID': id, 'aws:PrincipalOrgPaths': [`${id}/r-iamg/`] });
  }
  for (const path of paths) {
    const id = path.split('/')[0] ?? '';
    if (id === own || id === '') continue;
    variants.push({ 'aws:PrincipalOrgID': id, 'aws:PrincipalOrgPaths': [path] });
  }
  return variants;
}

/** Each probe in each organization an outsider may be in (principals of an account only; others have none). */
export function inOrganizations(
  probes: readonly Probe[],
  entries: readonly ConditionEntry[],
  zone: ZoneOfTrust,
): Probe[] {
  const variants = organizationVariants(entries, zone);
  return probes.flatMap((probe) =>
    accountOfPrincipal(probe.principal) === undefined
      ? [probe]
      : variants.map((org) => ({ principal: probe.principal, context: { ...probe.context, ...org } })),
  );
}

/**
 * The outsiders a statement open to everyone (`"*"`, `NotPrincipal`) may admit: principals of the accounts its
 * conditions name outside the zone and of one account nobody names, the principal ARNs its conditions name outside
 * the zone, and anonymous callers.
 */
export function everyoneProbes(
  partition: string,
  entries: readonly ConditionEntry[],
  zone: ZoneOfTrust,
): Probe[] {
  const accounts = new Set<string>([someOutsideAccount(zone)]);
  for (const value of valuesOf(entries, 'aws:PrincipalAccount')) {
    const account = concretize(value);
    if (ACCOUNT.test(account) && !zone.accounts.has(account)) accounts.add(account);
  }
  const probes = [...accounts].flatMap((account) => accountProbes(partition, account));
  for (const value of valuesOf(entries, 'aws:PrincipalArn')) {
    const arn = concretize(value);
    const account = accountOfPrincipal(arn);
    if (account !== undefined && !zone.accounts.has(account)) probes.push(...arnProbes(partition, arn));
  }
  probes.push({ principal: 'anonymous', context: {} });
  return probes;
}
