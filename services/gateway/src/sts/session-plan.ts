import type { ContextValue } from '@iamgate/policy';
import type { Session } from '@iamgate/store';
import { IamError } from '../errors/iam-error.js';
import {
  checkExternalId,
  checkSessionName,
  checkSessionPolicies,
  checkSessionTags,
  type SessionTag,
  STS_LIMITS,
} from './sts-limits.js';

/** The arguments of `assumeRole` (`STS/latest/APIReference/API_AssumeRole.html`). */
export interface AssumeRoleRequest {
  roleArn: string;
  roleSessionName: string;
  durationSeconds?: number | null;
  externalId?: string | null;
  policy?: string | null;
  policyArns?: string[] | null;
  tags?: SessionTag[] | null;
  transitiveTagKeys?: string[] | null;
  sourceIdentity?: string | null;
  /** An MFA device of the caller and its current code (`SerialNumber`, `TokenCode`). */
  serialNumber?: string | null;
  tokenCode?: string | null;
}

/** A role session to start, checked, with what it inherits from the caller's session when chaining. */
export interface RoleSessionPlan {
  sessionName: string;
  /** Every session tag: transitive tags inherited from the calling session, then the request's. */
  tags: SessionTag[];
  /** Tag keys that carry on to sessions this one assumes: inherited ones and the request's. */
  transitiveTagKeys: string[];
  /** The request's own tags (for `aws:RequestTag/*`). */
  requestTags: SessionTag[];
  sourceIdentity: string | undefined;
  externalId: string | undefined;
  policy: string | undefined;
  policyArns: string[];
  /** Assumed with a role session's credentials: at most one hour. */
  chained: boolean;
}

/**
 * Checks an `assumeRole` request against AWS's limits and merges what the calling session passes on: its
 * transitive tags, which a chained request cannot override, and its source identity, which cannot change once set
 * (`IAM/latest/UserGuide/id_session-tags.html#id_session-tags_role-chaining`,
 * `IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html`).
 */
export function planRoleSession(request: AssumeRoleRequest, parent: Session | undefined): RoleSessionPlan {
  const sessionName = checkSessionName(request.roleSessionName);
  const externalId = request.externalId == null ? undefined : checkExternalId(request.externalId);
  const requestTags = request.tags ?? [];
  const newTransitive = request.transitiveTagKeys ?? [];
  checkSessionTags(requestTags, newTransitive);
  const policyArns = request.policyArns ?? [];
  checkSessionPolicies(request.policy, policyArns);
  const chained = parent?.principalType === 'role';
  const inheritedKeys = new Set(chained ? parent.transitiveTagKeys.map((k) => k.toLowerCase()) : []);
  const inherited = chained ? parent.tags.filter((t) => inheritedKeys.has(t.key.toLowerCase())) : [];
  for (const tag of requestTags) {
    if (inheritedKeys.has(tag.key.toLowerCase())) {
      throw new IamError(
        'ValidationError',
        `tag \`${tag.key}\` is a transitive tag of the calling session and cannot be overridden`,
        { field: 'tags' },
      );
    }
  }
  const tags = [...inherited, ...requestTags];
  if (tags.length > STS_LIMITS.maxSessionTags) {
    throw new IamError(
      'ValidationError',
      `at most ${STS_LIMITS.maxSessionTags} session tags, inherited included`,
      {
        field: 'tags',
      },
    );
  }
  const current = chained ? (parent.sourceIdentity ?? undefined) : undefined;
  let sourceIdentity = current;
  if (request.sourceIdentity != null) {
    checkSessionName(request.sourceIdentity, 'sourceIdentity');
    if (current !== undefined && current !== request.sourceIdentity) {
      throw new IamError(
        'ValidationError',
        `the source identity \`${current}\` of the session cannot be changed`,
        {
          field: 'sourceIdentity',
        },
      );
    }
    sourceIdentity = request.sourceIdentity;
  }
  return {
    sessionName,
    tags,
    transitiveTagKeys: [...inherited.map((t) => t.key), ...newTransitive],
    requestTags,
    sourceIdentity,
    externalId,
    policy: request.policy ?? undefined,
    policyArns,
    chained,
  };
}

/**
 * The STS condition keys of the request, for the role's trust policy
 * (`IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-sts`).
 */
export function planContext(
  plan: RoleSessionPlan,
  callerSourceIdentity: string | undefined,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = { 'sts:RoleSessionName': plan.sessionName };
  if (plan.externalId !== undefined) context['sts:ExternalId'] = plan.externalId;
  if (plan.sourceIdentity !== undefined) context['sts:SourceIdentity'] = plan.sourceIdentity;
  if (callerSourceIdentity !== undefined) context['aws:SourceIdentity'] = callerSourceIdentity;
  if (plan.requestTags.length > 0) {
    context['aws:TagKeys'] = plan.requestTags.map((t) => t.key);
    for (const tag of plan.requestTags) context[`aws:RequestTag/${tag.key}`] = tag.value;
  }
  if (plan.transitiveTagKeys.length > 0) context['sts:TransitiveTagKeys'] = plan.transitiveTagKeys;
  return context;
}
