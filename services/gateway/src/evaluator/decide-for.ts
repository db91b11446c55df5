import {
  type ContextValue,
  type Decision,
  explain,
  type PolicyInput,
  tryParseArn,
  validatePolicy,
} from '@iamgate/policy';
import { IamError } from '../errors/iam-error.js';
import { type ContextEntry, contextOf } from './context-entries.js';
import { decideWithStored, type StoredPolicies } from './stored-resource-policies.js';
import type { Subject } from './subject.js';

/** One question to the evaluator: may the subject perform `action` on `resource`? */
export interface AuthorizeRequest {
  action: string;
  resource: string;
  /** The app's own condition keys and request facts; principal keys cannot be set. */
  context?: readonly ContextEntry[] | null;
  /** The resource's own resource-based policy (JSON text), when the app keeps one. */
  resourcePolicy?: string | null;
  /** The account that owns the resource when its ARN does not say. */
  resourceAccount?: string | null;
}

/** The answer, with what it was decided from. */
export interface AuthorizationResult {
  action: string;
  resource: string;
  principalArn: string;
  decision: Decision;
  revision: number;
}

/** A resource-based policy given with a request, checked, or `MalformedPolicyDocument`. */
export function checkedPolicy(
  text: string,
  kind: 'identity' | 'resource' | 'boundary',
  id: string,
): PolicyInput {
  const { valid, findings } = validatePolicy(text, kind);
  if (!valid) {
    throw new IamError('MalformedPolicyDocument', `policy \`${id}\` is not valid`, {
      policyId: id,
      findings: findings.filter((f) => f.severity === 'ERROR'),
    });
  }
  return { id, document: text };
}

/**
 * Decides one request for the subject with `@iamgate/policy`: the subject's identity, boundary and session
 * policies, and the resource's policy (the one given, else the stored ones that match the resource), with the
 * subject's context keys overlaid by the app's. The policies come from the gateway's caches, so this costs one
 * in-memory evaluation. The subject is of the caller's account, which is who sees the decision: stored policies of
 * another account are concealed in it.
 */
export function decideFor(
  subject: Subject,
  request: AuthorizeRequest,
  stored: StoredPolicies,
): AuthorizationResult {
  // The resource's organization is the principal's when the resource is in the principal's account.
  const own =
    subject.ownAccountContext !== undefined &&
    (request.resourceAccount ?? tryParseArn(request.resource)?.account) === subject.accountId;
  const base = own ? (subject.ownAccountContext as Readonly<Record<string, ContextValue>>) : subject.context;
  // Without app keys the subject's context is used as it is: one object for every request of a batch.
  const context: Readonly<Record<string, ContextValue>> =
    request.context == null || request.context.length === 0
      ? base
      : { ...base, ...contextOf(request.context, true) };
  const policies =
    request.resourcePolicy == null
      ? subject.policies
      : {
          ...subject.policies,
          resource: checkedPolicy(request.resourcePolicy, 'resource', 'resource-policy'),
        };
  const decision = decideWithStored(
    {
      principal: subject.principalArn,
      action: request.action,
      resource: request.resource,
      ...(request.resourceAccount == null ? {} : { resourceAccount: request.resourceAccount }),
      context,
      policies,
    },
    stored,
    subject.accountId,
  );
  return {
    action: request.action,
    resource: request.resource,
    principalArn: subject.principalArn,
    decision,
    revision: subject.revision,
  };
}

/** The readable explanation of a result (`explain` of `@iamgate/policy`). */
export function explanationOf(result: { decision: Decision }): string {
  return explain(result.decision);
}
