import { parsePolicy, parsePrincipal } from '@iamgate/policy';
import type { CredentialReportRow, PrincipalActionUse } from '@iamgate/store';
import type { SecurityFinding } from '../best-practices/security-findings.js';
import type { Directory, HeldPolicy } from './directory.js';
import { findingId } from './finding-id.js';
import { forPrincipal, type JudgedActions } from './judged-actions.js';

const DAY_MS = 86_400_000;
const GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/';

/**
 * The codes of unused access findings (IAM Access Analyzer's unused access, `access-analyzer-unused-access.html`),
 * with the page that explains each. CAUTION: a public contract (a GraphQL enum); add codes, never rename them.
 */
export const UNUSED_ACCESS_CATALOG = {
  /** A role nobody assumed, and whose sessions made no call, in the period (AWS's `UnusedIAMRole`). */
  UnusedRole: `${GUIDE}access-analyzer-unused-access.html`,
  /** A user who neither signed in nor made a call in the period. */
  UnusedUser: `${GUIDE}access-analyzer-unused-access.html`,
  /** An active access key not used in the period (AWS's `UnusedIAMUserAccessKey`; `UNUSED_ACCESS_KEY` of the security findings). */
  UnusedAccessKey: `${GUIDE}id_credentials_finding-unused.html`,
  /** A console password not used in the period (AWS's `UnusedIAMUserPassword`; `UNUSED_PASSWORD` of the security findings). */
  UnusedPassword: `${GUIDE}id_credentials_finding-unused.html`,
  /** A customer managed policy attached to principals that allowed no request in the period. */
  UnusedPolicy: `${GUIDE}access_policies_last-accessed.html`,
  /** Actions of one service a principal's policies allow and it did not use in the period (AWS's `UnusedPermission`). */
  UnusedAction: `${GUIDE}access-analyzer-unused-access.html`,
} as const;

/** An unused access finding's stable code. */
export type UnusedAccessCode = keyof typeof UNUSED_ACCESS_CATALOG;

const CODES = Object.keys(UNUSED_ACCESS_CATALOG) as UnusedAccessCode[];

/** Access granted and not used for the period: something to remove. */
export interface UnusedAccessFinding {
  /** Stable: a hash of the code, the entity and the key or service. */
  id: string;
  code: UnusedAccessCode;
  /** The user's, role's or managed policy's ARN. */
  entityArn: string;
  accessKeyId: string | null;
  /** The service of an `UnusedAction` finding (its action prefix). */
  service: string | null;
  /** The unused actions of an `UnusedAction` finding, sorted; empty otherwise. */
  actions: string[];
  /** The last use known (before the period), or null when none is recorded. */
  lastUsedAt: Date | null;
  message: string;
  documentationUrl: string;
}

/** What unused access is computed from. */
export interface UnusedAccessFacts {
  accountId: string;
  now: Date;
  unusedForDays: number;
  directory: Directory;
  /** The account's credential report rows (users' passwords and keys). */
  credentials: readonly CredentialReportRow[];
  /** The security findings for the same period: its `UNUSED_ACCESS_KEY` and `UNUSED_PASSWORD` are reused. */
  securityFindings: readonly SecurityFinding[];
  /** Allowed calls of the period (the audit log's and the activity record's), by principal ARN and action. */
  activity: readonly PrincipalActionUse[];
  /** The actions whose use the gateway sees (`judgedActions`): only those are reported unused. */
  judgedActions: JudgedActions;
}

type Draft = Omit<UnusedAccessFinding, 'id' | 'documentationUrl' | 'accessKeyId' | 'service' | 'actions'> &
  Partial<Pick<UnusedAccessFinding, 'accessKeyId' | 'service' | 'actions'>>;

function latest(...dates: (Date | null | undefined)[]): Date | null {
  const known = dates.filter((d): d is Date => d != null);
  return known.length === 0 ? null : new Date(Math.max(...known.map((d) => d.getTime())));
}

function ago(date: Date | null, now: Date, created: Date): string {
  return date === null
    ? `never used in the ${Math.floor((now.getTime() - created.getTime()) / DAY_MS)} days since it was created`
    : `last used ${Math.floor((now.getTime() - date.getTime()) / DAY_MS)} days ago`;
}

/**
 * Who a principal ARN of the records is: a user ARN as it is, one of the account's roles or a session of it as the
 * role (by name). Another account's sessions (recorded here when they assumed one of its roles) stay their own ARN.
 */
function activityKey(principalArn: string, accountId: string): string {
  const { kind, account, roleName } = parsePrincipal(principalArn);
  const role = (kind === 'AssumedRole' || kind === 'Role') && roleName !== undefined;
  return role && account === accountId ? `role:${roleName.toLowerCase()}` : principalArn;
}

/** The judged actions the policies allow (by `Action`/`NotAction` alone: resources and conditions aside). */
function grantedActions(policies: readonly HeldPolicy[], judged: readonly string[]): string[] {
  const statements = policies.flatMap(
    (p) => parsePolicy(p.document).policy?.statements.filter((s) => s.effect === 'Allow') ?? [],
  );
  return judged.filter((action) => {
    const lower = action.toLowerCase();
    return statements.some((s) => s.actions?.matches(lower) === true);
  });
}

function unusedActions(
  entityArn: string,
  who: string,
  granted: readonly string[],
  used: ReadonlySet<string>,
  days: number,
): Draft[] {
  const byService = new Map<string, string[]>();
  for (const action of granted) {
    if (used.has(action.toLowerCase())) continue;
    const service = action.slice(0, action.indexOf(':'));
    byService.set(service, [...(byService.get(service) ?? []), action]);
  }
  return [...byService].map(([service, actions]) => ({
    code: 'UnusedAction' as const,
    entityArn,
    service,
    actions: actions.sort(),
    lastUsedAt: null,
    message: `${who} did not use ${actions.length} ${service} ${actions.length === 1 ? 'action' : 'actions'} its policies allow in the last ${days} days`,
  }));
}

/**
 * The unused access of an account as of `now`: roles, users, access keys, passwords and managed policies not used
 * for `unusedForDays`, and per principal and service the judged actions its policies allow that it did not use.
 * Keys and passwords are the security findings' `UNUSED_ACCESS_KEY` and `UNUSED_PASSWORD` for the same period, so
 * both lists always agree. Entities created within the period are not reported: they could not have been used for
 * all of it. A principal reported as unused is not also reported per action.
 */
export function unusedAccessFindings(facts: UnusedAccessFacts): UnusedAccessFinding[] {
  const { now, unusedForDays: days, directory } = facts;
  const cutoff = new Date(now.getTime() - days * DAY_MS);
  const before = (d: Date) => d.getTime() <= cutoff.getTime();
  const used = new Map<string, { last: Date; actions: Set<string> }>();
  for (const use of facts.activity) {
    const key = activityKey(use.principalArn, facts.accountId);
    const entry = used.get(key) ?? { last: use.lastUsedAt, actions: new Set<string>() };
    entry.actions.add(use.action.toLowerCase());
    if (use.lastUsedAt > entry.last) entry.last = use.lastUsedAt;
    used.set(key, entry);
  }
  const drafts: Draft[] = [];
  for (const role of directory.roles) {
    const who = `role \`${role.name}\``;
    const activity = used.get(`role:${role.name.toLowerCase()}`);
    const assumed = role.lastUsedAt !== null && !before(role.lastUsedAt);
    if (activity === undefined && !assumed) {
      if (before(role.createdAt)) {
        drafts.push({
          code: 'UnusedRole',
          entityArn: role.arn,
          lastUsedAt: role.lastUsedAt,
          message: `${who} was not assumed in the last ${days} days (${ago(role.lastUsedAt, now, role.createdAt)})`,
        });
      }
      continue;
    }
    const judged = forPrincipal(facts.judgedActions, activity?.actions ?? new Set());
    const granted = grantedActions(directory.identityPolicies(role, 'role'), judged);
    drafts.push(...unusedActions(role.arn, who, granted, activity?.actions ?? new Set(), days));
  }
  const rows = new Map(facts.credentials.filter((r) => r.kind === 'user').map((r) => [r.arn, r]));
  for (const user of directory.users) {
    const who = `user \`${user.name}\``;
    const activity = used.get(user.arn);
    const row = rows.get(user.arn);
    const signedIn = latest(row?.passwordLastUsed, ...(row?.accessKeys ?? []).map((k) => k.lastUsedAt));
    if (activity === undefined && (signedIn === null || before(signedIn))) {
      if (before(user.createdAt)) {
        drafts.push({
          code: 'UnusedUser',
          entityArn: user.arn,
          lastUsedAt: signedIn,
          message: `${who} did not sign in or make a call in the last ${days} days (${ago(signedIn, now, user.createdAt)})`,
        });
      }
      continue;
    }
    const judged = forPrincipal(facts.judgedActions, activity?.actions ?? new Set());
    const granted = grantedActions(directory.identityPolicies(user, 'user'), judged);
    drafts.push(...unusedActions(user.arn, who, granted, activity?.actions ?? new Set(), days));
  }
  for (const finding of facts.securityFindings) {
    const row = rows.get(finding.entityArn);
    if (finding.code === 'UNUSED_ACCESS_KEY') {
      const key = row?.accessKeys.find((k) => k.accessKeyId === finding.accessKeyId);
      drafts.push({
        code: 'UnusedAccessKey',
        entityArn: finding.entityArn,
        accessKeyId: finding.accessKeyId,
        lastUsedAt: key?.lastUsedAt ?? null,
        message: finding.message,
      });
    } else if (finding.code === 'UNUSED_PASSWORD') {
      drafts.push({
        code: 'UnusedPassword',
        entityArn: finding.entityArn,
        lastUsedAt: row?.passwordLastUsed ?? null,
        message: finding.message,
      });
    }
  }
  for (const policy of directory.policies) {
    const last = policy.lastUsed?.lastUsedDate ?? null;
    if (policy.attachmentCount === 0 || !before(policy.createdAt) || (last !== null && !before(last)))
      continue;
    drafts.push({
      code: 'UnusedPolicy',
      entityArn: policy.arn,
      lastUsedAt: last,
      message: `managed policy \`${policy.name}\`, attached to ${policy.attachmentCount} ${policy.attachmentCount === 1 ? 'entity' : 'entities'}, allowed no request in the last ${days} days (${ago(last, now, policy.createdAt)})`,
    });
  }
  return drafts
    .map((d) => {
      const accessKeyId = d.accessKeyId ?? null;
      const service = d.service ?? null;
      return {
        ...d,
        id: findingId(['unused-access', d.code, d.entityArn, accessKeyId ?? service ?? '']),
        accessKeyId,
        service,
        actions: d.actions ?? [],
        documentationUrl: UNUSED_ACCESS_CATALOG[d.code],
      };
    })
    .sort(
      (a, b) =>
        CODES.indexOf(a.code) - CODES.indexOf(b.code) ||
        text(a.entityArn, b.entityArn) ||
        text(a.accessKeyId ?? a.service ?? '', b.accessKeyId ?? b.service ?? ''),
    );
}

function text(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
