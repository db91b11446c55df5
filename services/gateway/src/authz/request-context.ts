import type { ContextValue } from '@iamgate/policy';
import type { Principal } from './principal.js';

/** What the gateway knows about the request itself, independent of the operation. */
export interface RequestFacts {
  sourceIp: string;
  secureTransport: boolean;
  now: Date;
  userAgent: string | undefined;
}

/**
 * The global condition keys of a request, as AWS fills them in
 * (`IAM/latest/UserGuide/reference_policies_condition-keys.html`): time, source, transport, and the principal's
 * ARN, id, name, tags and token issue time. Operation-specific keys (`aws:RequestTag/*`, `iam:PolicyARN`...) are
 * added by the field's authorization rule.
 */
export function requestContext(principal: Principal, facts: RequestFacts): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {
    'aws:CurrentTime': facts.now.toISOString(),
    'aws:EpochTime': Math.floor(facts.now.getTime() / 1000),
    'aws:SecureTransport': facts.secureTransport,
    'aws:SourceIp': facts.sourceIp,
    'aws:PrincipalAccount': principal.accountId,
    'aws:userid': principal.id,
    'aws:TokenIssueTime': principal.tokenIssuedAt.toISOString(),
  };
  // For a role session AWS's aws:PrincipalArn is the role's ARN with its path, not the session's ARN (which has no
  // path): conditions on a role path must hold for the role's sessions.
  if (principal.type !== 'role') context['aws:PrincipalArn'] = principal.arn;
  else if (principal.roleArn !== undefined) context['aws:PrincipalArn'] = principal.roleArn;
  if (facts.userAgent !== undefined) context['aws:UserAgent'] = facts.userAgent;
  // Present for every temporary credential, false without MFA (`reference_policies_condition-keys.html`).
  context['aws:MultiFactorAuthPresent'] = principal.mfaAuthenticated ?? false;
  // Seconds since the MFA code was checked; absent without MFA (`reference_policies_condition-keys.html`).
  if (principal.mfaAuthenticated === true && principal.mfaAuthenticatedAt !== undefined) {
    context['aws:MultiFactorAuthAge'] = Math.max(
      0,
      Math.floor((facts.now.getTime() - principal.mfaAuthenticatedAt.getTime()) / 1000),
    );
  }
  if (principal.sourceIdentity !== undefined) context['aws:SourceIdentity'] = principal.sourceIdentity;
  if (principal.userName !== undefined) context['aws:username'] = principal.userName;
  // `reference_policies_condition-keys.html#condition-keys-principalorgid`: present only for members of one.
  if (principal.organization !== undefined) {
    context['aws:PrincipalOrgID'] = principal.organization.id;
    context['aws:PrincipalOrgPaths'] = [principal.organization.path];
  }
  for (const [key, value] of Object.entries(principal.tags)) context[`aws:PrincipalTag/${key}`] = value;
  return context;
}

/**
 * `aws:RequestTag/*` and `aws:TagKeys` for an operation that sets tags
 * (`IAM/latest/UserGuide/access_iam-tags.html#access_iam-tags_control-tagging`).
 */
export function requestTagContext(
  tags: readonly { key: string; value: string }[],
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = { 'aws:TagKeys': tags.map((t) => t.key) };
  for (const tag of tags) context[`aws:RequestTag/${tag.key}`] = tag.value;
  return context;
}

/** `aws:ResourceTag/*` of the target (`IAM/latest/UserGuide/access_iam-tags.html#access_iam-tags_control-resources`). */
export function resourceTagContext(
  tags: readonly { key: string; value: string }[],
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {};
  for (const tag of tags) {
    context[`aws:ResourceTag/${tag.key}`] = tag.value;
    context[`iam:ResourceTag/${tag.key}`] = tag.value;
  }
  return context;
}

/**
 * `aws:ResourceOrgID` and `aws:ResourceOrgPaths` of a resource in the principal's own account: the organization the
 * resource's account belongs to (`reference_policies_condition-keys.html#condition-keys-resourceorgid`). For a
 * resource of another account they are absent (iamgate does not look another account's organization up).
 */
export function resourceOrgContext(
  principal: Pick<Principal, 'accountId' | 'organization'>,
  resourceAccountId: string | undefined,
): Record<string, ContextValue> {
  const org = principal.organization;
  if (org === undefined || resourceAccountId !== principal.accountId) return {};
  return { 'aws:ResourceOrgID': org.id, 'aws:ResourceOrgPaths': [org.path] };
}
