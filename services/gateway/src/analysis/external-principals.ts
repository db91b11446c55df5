import {
  type Decision,
  evaluateTrust,
  type IdentifiedPolicy,
  type PolicyDocument,
  type PolicyInput,
  parsePrincipal,
} from '@iamgate/policy';
import { decideWithStored } from '../evaluator/stored-resource-policies.js';
import { ANALYSIS_SESSION_NAME } from './analysis-subject.js';
import type { PrincipalWithAccess, WhoCanQuestion } from './who-can-question.js';

/**
 * What an external principal's own account allows it: everything, since this account cannot see (and must not
 * guess) another account's policies. An external principal is listed when the resource's side admits it; its own
 * account's policies must still allow the request, as for any call across accounts.
 */
const THEIR_OWN_POLICIES: IdentifiedPolicy = Object.freeze({
  id: 'their-own-policies',
  document: Object.freeze({
    Version: '2012-10-17',
    Statement: Object.freeze({ Effect: 'Allow', Action: '*', Resource: '*' }),
  }) as PolicyDocument,
});

/** A principal a resource or trust policy names, outside the account, and whom the engine decides for. */
export interface ExternalPrincipal {
  /** As the policy names it: `*`, an account id, an ARN, a service or federated principal. */
  label: string;
  /** The principal the engine decides for. */
  principal: string;
  keys: Record<string, string>;
}

function documentOf(input: PolicyInput | string): unknown {
  const document = typeof input === 'object' && 'document' in input ? input.document : input;
  if (typeof document !== 'string') return document;
  try {
    return JSON.parse(document);
  } catch {
    return undefined;
  }
}

function strings(value: unknown): string[] {
  return typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v) => typeof v === 'string')
      : [];
}

/**
 * Who decides for another account named as a whole (`"B"`, `arn:<p>:iam::B:root`): a user of it
 * (`arn:<p>:iam::B:user/access-analysis`), which the account's name admits like any of its principals. Not its root
 * user, which may never assume a role (`STS/latest/APIReference/API_AssumeRole.html`).
 */
function accountPrincipal(label: string, account: string, partition: string): ExternalPrincipal {
  return { label, principal: `arn:${partition}:iam::${account}:user/${ANALYSIS_SESSION_NAME}`, keys: {} };
}

/** The principal one `AWS` value stands for, or undefined when it is of the account (or names nobody). */
function awsPrincipal(value: string, accountId: string, partition: string): ExternalPrincipal | undefined {
  if (value === '*') return { label: '*', principal: 'anonymous', keys: {} };
  if (/^\d{12}$/.test(value))
    return value === accountId ? undefined : accountPrincipal(value, value, partition);
  const parsed = parsePrincipal(value);
  if (parsed.account === undefined || parsed.account === accountId) return undefined;
  switch (parsed.kind) {
    case 'Account':
      return accountPrincipal(value, parsed.account, parsed.partition ?? partition);
    case 'Role':
      return {
        label: value,
        principal: `arn:${parsed.partition}:sts::${parsed.account}:assumed-role/${parsed.name}/${ANALYSIS_SESSION_NAME}`,
        keys: { 'aws:PrincipalArn': value },
      };
    case 'User':
    case 'AssumedRole':
    case 'FederatedUser':
      return { label: value, principal: value, keys: {} };
    default:
      return undefined;
  }
}

/**
 * The principals outside the account that the Allow statements of a resource-based or trust policy name, in
 * document order, each once: `*` (decided as an anonymous caller), other accounts (as a user of theirs, which stands
 * for every principal of theirs), their users and roles (a role as a session of it), services and federated
 * principals. An Allow with `NotPrincipal` admits everyone not listed: `*`. User and role unique ids (`AIDA…`) are
 * this account's principals as bound trust policies store them, and are listed with the account's own.
 */
export function externalPrincipals(
  policy: PolicyInput | string,
  accountId: string,
  partition: string,
): ExternalPrincipal[] {
  const doc = documentOf(policy) as { Statement?: unknown } | undefined;
  const statements = Array.isArray(doc?.Statement)
    ? doc.Statement
    : doc?.Statement === undefined
      ? []
      : [doc.Statement];
  const found = new Map<string, ExternalPrincipal>();
  const add = (p: ExternalPrincipal | undefined) => {
    if (p !== undefined && !found.has(p.label)) found.set(p.label, p);
  };
  for (const s of statements as Record<string, unknown>[]) {
    if (typeof s !== 'object' || s === null || s.Effect !== 'Allow') continue;
    if (s.NotPrincipal !== undefined || s.Principal === '*') {
      add({ label: '*', principal: 'anonymous', keys: {} });
      continue;
    }
    const element = s.Principal as Record<string, unknown> | undefined;
    if (typeof element !== 'object' || element === null) continue;
    for (const value of strings(element.AWS)) add(awsPrincipal(value, accountId, partition));
    for (const value of [...strings(element.Service), ...strings(element.Federated)]) {
      add({ label: value, principal: value, keys: {} });
    }
  }
  return [...found.values()];
}

/** Decides the question for an external principal: the resource's side with the principal's own side open. */
export function decideExternal(
  q: WhoCanQuestion,
  external: ExternalPrincipal,
  trustDocument?: string,
): Decision {
  const context = { ...q.context, ...external.keys };
  if (q.role !== undefined) {
    return evaluateTrust({
      principal: external.principal,
      action: q.action,
      roleArn: q.role.arn,
      trustPolicy: {
        id: `role/${q.role.name}/trust`,
        document: trustDocument ?? q.role.assumeRolePolicyDocument,
      },
      context,
      callerPolicies: { identity: [THEIR_OWN_POLICIES] },
    });
  }
  const policies =
    q.resourcePolicy === undefined
      ? { identity: [THEIR_OWN_POLICIES] }
      : { identity: [THEIR_OWN_POLICIES], resource: q.resourcePolicy };
  return decideWithStored(
    { principal: external.principal, action: q.action, resource: q.resource, context, policies },
    q.stored,
    q.accountId,
  );
}

/**
 * The answer entry of an external principal the resource's side admits: allowed, and by a statement of the
 * resource-based policy (a principal without an account, such as a service, would otherwise be allowed by the open
 * side that stands for its own policies alone).
 */
export function externalWithAccess(
  external: ExternalPrincipal,
  decision: Decision,
): PrincipalWithAccess | undefined {
  const admitting = decision.allowedBy.filter((m) => m.layer === 'resource');
  if (decision.decision !== 'Allow' || admitting.length === 0) return undefined;
  return {
    principalArn: external.label,
    principalType: 'EXTERNAL',
    decidedAs: external.principal,
    allowedBy: admitting,
    missingContextKeys: decision.missingContextKeys,
  };
}
