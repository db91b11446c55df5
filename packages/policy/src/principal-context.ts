/**
 * The condition keys that describe the caller and its session, as AWS sets them for a request made with temporary
 * credentials (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html). The gateway, the
 * middleware and the SDK's local evaluator all build them here, so that a decision made at the gateway and one made
 * in an app read the same keys with the same values.
 */
import type { ContextValue } from './types.js';

/** What kind of principal a session belongs to: the account root, a user, or a role session. */
export type SessionPrincipalType = 'root' | 'user' | 'role';

/** What the principal keys of a request are made from: what a verified session says about its principal. */
export interface PrincipalFacts {
  type: SessionPrincipalType;
  /** The principal's own ARN: `arn:P:iam::A:root`, a user ARN, or a role session (`arn:P:sts::A:assumed-role/R/S`). */
  arn: string;
  /** For a role session (or a role decided as such), the role's ARN with its path: its `aws:PrincipalArn`. */
  roleArn?: string;
  /** The principal's account (`aws:PrincipalAccount`). */
  account: string;
  /** The unique id (`aws:userid`): the user id, the account id for root, `roleId:sessionName` for a role session. */
  id: string;
  /** The user name, for users (`aws:username`). */
  userName?: string;
  /** Principal tags (`aws:PrincipalTag/*`). */
  tags: Readonly<Record<string, string>>;
  /**
   * When the session's token was issued, in seconds since the epoch (`aws:TokenIssueTime`). Absent when a principal
   * is decided for as such, without a session (the simulator): then no session key is set.
   */
  issuedAt?: number;
  /** Whether the session was authenticated with MFA, and when, in seconds since the epoch. */
  mfa?: { present: boolean; authenticatedAt?: number };
  /** The source identity of a role session (`aws:SourceIdentity`). */
  sourceIdentity?: string;
  /** The organization of the principal's account and the account's path in it. */
  organization?: PrincipalOrganization;
}

/** The organization of a principal's account: its id (`o-...`) and the account's path (`o-.../r-.../ou-.../`). */
export interface PrincipalOrganization {
  id: string;
  path: string;
}

/**
 * Keys that follow from the principal and its directory entry, whatever session it uses (lowercase). An analysis
 * knows them before any request is made.
 */
export const PRINCIPAL_IDENTITY_KEYS: ReadonlySet<string> = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:userid',
  'aws:username',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:principalservicenamelist',
]);

/** Keys that follow from the session a request comes with (lowercase). */
export const SESSION_KEYS: ReadonlySet<string> = new Set([
  'aws:tokenissuetime',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
  'aws:sourceidentity',
]);

const PRINCIPAL_TAG_PREFIX = 'aws:principaltag/';

/** Whether a lowercase key follows from the principal itself (`PRINCIPAL_IDENTITY_KEYS`, `aws:PrincipalTag/*`). */
export function isPrincipalIdentityKey(lowercaseKey: string): boolean {
  return PRINCIPAL_IDENTITY_KEYS.has(lowercaseKey) || lowercaseKey.startsWith(PRINCIPAL_TAG_PREFIX);
}

/**
 * Whether `key` (any case) describes the principal or its session. Only the verified credentials set such a key:
 * an app may add its own keys and request facts to a request, but never make its caller look like another one, so
 * the gateway refuses these keys from apps and the middleware drops them from an app's context.
 *
 * @example
 * isPrincipalKey('aws:PrincipalOrgID'); // true
 * isPrincipalKey('aws:SourceIp'); // false
 */
export function isPrincipalKey(key: string): boolean {
  const lower = key.toLowerCase();
  return isPrincipalIdentityKey(lower) || SESSION_KEYS.has(lower);
}

// aws:PrincipalType (reference_policies_condition-keys.html#condition-keys-principaltype).
const AWS_PRINCIPAL_TYPE: Readonly<Record<SessionPrincipalType, string>> = {
  root: 'Account',
  user: 'User',
  role: 'AssumedRole',
};

/** One-entry cache: within a second every request formats the same time, and a token its same issue time. */
interface FormattedSecond {
  second: number;
  text: string;
}

const lastIssued: FormattedSecond = { second: Number.NaN, text: '' };
const lastCurrent: FormattedSecond = { second: Number.NaN, text: '' };

function formatSecond(second: number, cache: FormattedSecond): string {
  if (cache.second !== second) {
    cache.text = `${new Date(second * 1000).toISOString().slice(0, 19)}Z`;
    cache.second = second;
  }
  return cache.text;
}

/**
 * A time as AWS writes `aws:CurrentTime` and `aws:TokenIssueTime`: ISO 8601 in UTC, to the second.
 *
 * @example
 * awsTime(1700000000); // '2023-11-14T22:13:20Z'
 */
export function awsTime(epochSeconds: number): string {
  return formatSecond(epochSeconds, lastCurrent);
}

/**
 * `aws:PrincipalOrgID` and `aws:PrincipalOrgPaths` of a principal whose account is in an organization; present only
 * for members of one (reference_policies_condition-keys.html#condition-keys-principalorgid).
 */
export function organizationContext(
  organization: PrincipalOrganization | undefined,
): Record<string, ContextValue> {
  if (organization === undefined) return {};
  return { 'aws:PrincipalOrgID': organization.id, 'aws:PrincipalOrgPaths': [organization.path] };
}

/**
 * The principal's condition keys for a request made at `now` (seconds since the epoch): `aws:PrincipalArn`,
 * `aws:PrincipalAccount`, `aws:PrincipalType`, `aws:userid`, `aws:username`, `aws:PrincipalTag/*`,
 * `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths`, and with a session `aws:TokenIssueTime`,
 * `aws:MultiFactorAuthPresent`, `aws:MultiFactorAuthAge` and `aws:SourceIdentity`. They are added to `context` (a
 * new object by default), which is returned.
 *
 * @example
 * principalContext(
 *   { type: 'user', arn: 'arn:aws:iam::123456789012:user/alice', account: '123456789012', id: 'AIDA1',
 *     userName: 'alice', tags: { team: 'red' }, issuedAt: 1700000000 },
 *   1700000060,
 * );
 * // { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:user/alice', 'aws:PrincipalAccount': '123456789012',
 * //   'aws:PrincipalType': 'User', 'aws:userid': 'AIDA1', 'aws:username': 'alice', 'aws:PrincipalTag/team': 'red',
 * //   'aws:TokenIssueTime': '2023-11-14T22:13:20Z', 'aws:MultiFactorAuthPresent': false }
 */
export function principalContext(
  facts: PrincipalFacts,
  now: number,
  context: Record<string, ContextValue> = {},
): Record<string, ContextValue> {
  // A role session's own ARN has no path: its aws:PrincipalArn is the role's ARN with its path, so that conditions
  // on a role path hold for the role's sessions. Only the credentials know that path.
  const principalArn = facts.type === 'role' ? facts.roleArn : facts.arn;
  if (principalArn !== undefined) context['aws:PrincipalArn'] = principalArn;
  context['aws:PrincipalAccount'] = facts.account;
  context['aws:PrincipalType'] = AWS_PRINCIPAL_TYPE[facts.type];
  context['aws:userid'] = facts.id;
  if (facts.type === 'user' && facts.userName !== undefined) context['aws:username'] = facts.userName;
  for (const [key, value] of Object.entries(facts.tags)) context[`aws:PrincipalTag/${key}`] = value;
  if (facts.organization !== undefined) Object.assign(context, organizationContext(facts.organization));
  if (facts.issuedAt === undefined) return context;
  context['aws:TokenIssueTime'] = formatSecond(facts.issuedAt, lastIssued);
  // Present for every temporary credential, false without MFA; the age only with MFA.
  const mfa = facts.mfa;
  context['aws:MultiFactorAuthPresent'] = mfa?.present === true;
  if (mfa?.present === true && mfa.authenticatedAt !== undefined) {
    context['aws:MultiFactorAuthAge'] = Math.max(0, now - mfa.authenticatedAt);
  }
  if (facts.sourceIdentity !== undefined) context['aws:SourceIdentity'] = facts.sourceIdentity;
  return context;
}
