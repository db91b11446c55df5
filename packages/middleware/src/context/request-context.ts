import type { ContextValue } from '@iamgate/policy';
import type { PrincipalType, VerifiedPrincipal } from '../token/verified-principal.js';

/** What the transport says about a request: who sent it, how, and when. */
export interface TransportFacts {
  /** The client's address, when known (see `TrustProxy`). */
  sourceIp?: string;
  secureTransport: boolean;
  now: Date;
}

// Keys about the principal and its session: only the token sets them.
const PRINCIPAL_KEYS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:userid',
  'aws:username',
  'aws:tokenissuetime',
  'aws:sourceidentity',
  'aws:multifactorauthpresent',
  'aws:multifactorauthage',
]);

// aws:PrincipalType values (IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principaltype).
const AWS_PRINCIPAL_TYPE: Record<PrincipalType, string> = {
  root: 'Account',
  user: 'User',
  role: 'AssumedRole',
};

// ISO 8601 in UTC to the second, as AWS writes `aws:CurrentTime` and `aws:TokenIssueTime`. One-entry caches:
// within a second every request formats the same current time, and a token its same issue time.
const lastCurrent = { second: Number.NaN, text: '' };
const lastIssued = { second: Number.NaN, text: '' };

function formatSecond(second: number, cache: { second: number; text: string }): string {
  if (cache.second !== second) {
    cache.text = `${new Date(second * 1000).toISOString().slice(0, 19)}Z`;
    cache.second = second;
  }
  return cache.text;
}

/**
 * The global condition keys of a request, as AWS sets them for a call with temporary credentials
 * (IAM/latest/UserGuide/reference_policies_condition-keys.html), plus the app's own keys.
 *
 * The app's keys cannot replace a key derived from the token or the transport, nor set any key about the principal
 * or its session even when the token lacks it: the verified token is the only authority on who the caller is. (Keys
 * compare case-insensitively, as in the engine.)
 */
export function buildRequestContext(
  principal: VerifiedPrincipal,
  transport: TransportFacts,
  appContext?: Readonly<Record<string, ContextValue>>,
): Record<string, ContextValue> {
  const epoch = Math.floor(transport.now.getTime() / 1000);
  const derived: Record<string, ContextValue> = {
    'aws:CurrentTime': formatSecond(epoch, lastCurrent),
    'aws:EpochTime': epoch,
    'aws:SecureTransport': transport.secureTransport,
    'aws:PrincipalAccount': principal.account,
    'aws:PrincipalType': AWS_PRINCIPAL_TYPE[principal.type],
    'aws:userid': principal.id,
    'aws:TokenIssueTime': formatSecond(principal.issuedAt, lastIssued),
  };
  if (transport.sourceIp !== undefined) derived['aws:SourceIp'] = transport.sourceIp;
  // For a role session the ARN names the session; aws:PrincipalArn is the role's, and only the token knows its path.
  if (principal.type !== 'role') derived['aws:PrincipalArn'] = principal.arn;
  else if (principal.roleArn !== undefined) derived['aws:PrincipalArn'] = principal.roleArn;
  if (principal.type === 'user' && principal.userName !== undefined)
    derived['aws:username'] = principal.userName;
  if (principal.sourceIdentity !== undefined) derived['aws:SourceIdentity'] = principal.sourceIdentity;
  if (principal.mfa !== undefined) {
    derived['aws:MultiFactorAuthPresent'] = principal.mfa.present;
    const at = principal.mfa.authenticatedAt;
    if (principal.mfa.present && at !== undefined) {
      derived['aws:MultiFactorAuthAge'] = Math.max(0, epoch - at);
    }
  }
  for (const [key, value] of Object.entries(principal.tags)) derived[`aws:PrincipalTag/${key}`] = value;
  if (appContext === undefined) return derived;

  const taken = new Set(Object.keys(derived).map((k) => k.toLowerCase()));
  const context: Record<string, ContextValue> = {};
  for (const [key, value] of Object.entries(appContext)) {
    const lower = key.toLowerCase();
    if (taken.has(lower) || PRINCIPAL_KEYS.has(lower) || lower.startsWith('aws:principaltag/')) continue;
    context[key] = value;
  }
  return Object.assign(context, derived);
}
