import { awsTime, type ContextValue, type PrincipalFacts, principalContext } from '@iamgate/policy';
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
 * (`IAM/latest/UserGuide/reference_policies_condition-keys.html`): time, source and transport, and the principal's
 * keys as `principalContext` of `@iamgate/policy` builds them for the middleware and the SDK's local evaluator too
 * (ARN, account, type, id, name, tags, organization, and the session's issue time, MFA and source identity).
 * Operation-specific keys (`aws:RequestTag/*`, `iam:PolicyARN`...) are added by the field's authorization rule.
 */
export function requestContext(principal: Principal, facts: RequestFacts): Record<string, ContextValue> {
  return principalContext(principalFacts(principal), epochSeconds(facts), factsContext(facts));
}

/** The request's time in seconds since the epoch, as the keys of its context count it. */
export function epochSeconds(facts: RequestFacts): number {
  return Math.floor(facts.now.getTime() / 1000);
}

/** The keys of the request itself: time, source, transport and user agent. */
export function factsContext(facts: RequestFacts): Record<string, ContextValue> {
  const now = epochSeconds(facts);
  const context: Record<string, ContextValue> = {
    'aws:CurrentTime': awsTime(now),
    'aws:EpochTime': now,
    'aws:SecureTransport': facts.secureTransport,
    'aws:SourceIp': facts.sourceIp,
  };
  if (facts.userAgent !== undefined) context['aws:UserAgent'] = facts.userAgent;
  return context;
}

/** What `principalContext` needs of the caller: its keys, from its verified token and its session. */
function principalFacts(principal: Principal): PrincipalFacts {
  const mfaAt = principal.mfaAuthenticatedAt;
  return {
    type: principal.type,
    arn: principal.arn,
    ...(principal.roleArn === undefined ? {} : { roleArn: principal.roleArn }),
    account: principal.accountId,
    id: principal.id,
    ...(principal.userName === undefined ? {} : { userName: principal.userName }),
    tags: principal.tags,
    issuedAt: Math.floor(principal.tokenIssuedAt.getTime() / 1000),
    mfa:
      principal.mfaAuthenticated === true && mfaAt !== undefined
        ? { present: true, authenticatedAt: Math.floor(mfaAt.getTime() / 1000) }
        : { present: principal.mfaAuthenticated === true },
    ...(principal.sourceIdentity === undefined ? {} : { sourceIdentity: principal.sourceIdentity }),
    ...(principal.organization === undefined ? {} : { organization: principal.organization }),
  };
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
