import {
  type ContextValue,
  organizationContext,
  principalContext,
  type RequestPolicies,
} from '@iamgate/policy';
import { assumedRoleArn, type EffectivePolicies, parseIamArn, rootArn } from '@iamgate/store';
import { factsContext, type RequestFacts } from '../authz/request-context.js';
import { requestPoliciesOf } from '../cache/request-policies.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { principalRef } from '../evaluator/subject.js';

/**
 * The session name a role is analysed under: access analysis decides for a role as for a session of it without
 * session policies (`arn:<p>:sts::<account>:assumed-role/<role>/access-analysis`), since a role acts only through
 * its sessions. A grant that names another session of the role exactly does not count for it.
 */
export const ANALYSIS_SESSION_NAME = 'access-analysis';

/** Who an analysis decides for. */
export interface AnalysisSubject {
  /** The principal as the caller named it (user, role, group or root ARN). */
  principalArn: string;
  /** The principal the engine decides for: the user or root ARN, a role's session ARN, a group's ARN. */
  decidedAs: string;
  accountId: string;
  policies: RequestPolicies;
  /**
   * The principal's own keys, which every request of it carries: `aws:PrincipalAccount`, `aws:PrincipalArn`,
   * `aws:userid`, `aws:username`, `aws:PrincipalTag/*`, `aws:PrincipalOrgID`, `aws:PrincipalOrgPaths` (a group
   * has only the account's and the organization's), and for resources of the account, `aws:ResourceOrgID` and
   * `aws:ResourceOrgPaths`.
   */
  keys: Record<string, ContextValue>;
}

/** Whom the effective policies belong to. */
export type SubjectEntity =
  | { kind: 'user'; id: string; name: string; arn: string }
  | { kind: 'role'; id: string; name: string; arn: string }
  | { kind: 'group'; id: string; arn: string }
  | { kind: 'root'; arn: string };

/**
 * The subject of an analysis for a principal and its effective policies (from the policy cache or
 * `effectivePoliciesBatch`), with the keys `authorize` would give it (`evaluator/subject.ts`).
 */
export function analysisSubject(
  partition: string,
  effective: EffectivePolicies,
  entity: SubjectEntity,
): AnalysisSubject {
  const accountId = effective.accountId;
  const org = effective.organization;
  const organization = org === null ? undefined : { id: org.id, path: org.path };
  let decidedAs = entity.arn;
  let keys: Record<string, ContextValue>;
  if (entity.kind === 'group') {
    keys = { 'aws:PrincipalAccount': accountId, ...organizationContext(organization) };
  } else {
    if (entity.kind === 'role')
      decidedAs = assumedRoleArn(partition, accountId, entity.name, ANALYSIS_SESSION_NAME);
    // The keys `authorize` gives the principal, without a session (so the time is not read).
    keys = principalContext(
      {
        type: entity.kind,
        arn: entity.kind === 'root' ? rootArn(partition, accountId) : decidedAs,
        ...(entity.kind === 'role' ? { roleArn: entity.arn } : {}),
        account: accountId,
        id:
          entity.kind === 'root'
            ? accountId
            : entity.kind === 'role'
              ? `${entity.id}:${ANALYSIS_SESSION_NAME}`
              : entity.id,
        ...(entity.kind === 'user' ? { userName: entity.name } : {}),
        tags: Object.fromEntries(effective.principalTags.map((tag) => [tag.key, tag.value])),
        ...(organization === undefined ? {} : { organization }),
      },
      0,
    );
  }
  if (org !== null) {
    keys['aws:ResourceOrgID'] = org.id;
    keys['aws:ResourceOrgPaths'] = [org.path];
  }
  return {
    principalArn: entity.arn,
    decidedAs,
    accountId,
    policies: requestPoliciesOf(effective),
    keys,
  };
}

/** The keys of the request itself that `authorize` adds: its time, transport, source address and user agent. */
export function requestKeys(facts: RequestFacts): Record<string, ContextValue> {
  return factsContext(facts);
}

/**
 * The subject of a user, role or root of the caller's account named by ARN, with its effective policies from the
 * policy cache: `NoSuchEntity` for a principal of another account (as for one that does not exist), `InvalidInput`
 * for an ARN that names no user, role or root.
 */
export async function subjectOfArn(ctx: GatewayContext, arn: string): Promise<AnalysisSubject> {
  const { ref, id, userName } = await principalRef(ctx, arn);
  const effective = await ctx.services.policies.get(ref);
  const partition = ctx.store.partition;
  if (ref.kind === 'root')
    return analysisSubject(partition, effective, { kind: 'root', arn: effective.principalArn });
  if (ref.kind === 'user') {
    return analysisSubject(partition, effective, {
      kind: 'user',
      id,
      name: userName ?? '',
      arn: effective.principalArn,
    });
  }
  const name = parseIamArn(effective.roleArn ?? arn).name;
  return analysisSubject(partition, effective, { kind: 'role', id, name, arn: effective.roleArn ?? arn });
}
