import type { AuditPrincipals, RoleDetail, UserDetail } from '@iamgate/store';
import type { Directory } from './directory.js';

/** What a previewed change replaces. */
export type ChangeTarget =
  /** A customer managed policy's default version (`createPolicyVersion` with `setAsDefault`). */
  | { kind: 'managed'; policyArn: string }
  /** A user's, group's or role's inline policy (`put*Policy`), new or replaced. */
  | { kind: 'inline'; ownerKind: 'user' | 'group' | 'role'; ownerName: string; policyName: string }
  /** A role's trust policy (`updateAssumeRolePolicy`). */
  | { kind: 'trust'; roleArn: string };

/** The principals whose decisions a change can move, found in the directory. */
export interface Affected {
  users: UserDetail[];
  roles: RoleDetail[];
}

/**
 * Whose requests to replay: the users by ARN, the roles by ARN (apps' decisions about a role) and their sessions by
 * ARN prefix.
 */
export function auditPrincipalsOf(affected: Affected, partition: string, accountId: string): AuditPrincipals {
  return {
    arns: [...affected.users.map((u) => u.arn), ...affected.roles.map((r) => r.arn)],
    prefixes: affected.roles.map((r) => `arn:${partition}:sts::${accountId}:assumed-role/${r.name}/`),
  };
}

/**
 * The users and roles whose identity-based policies (or permissions boundary) include the target: for a managed
 * policy, those it is attached to, directly or through a group, and those it bounds; for an inline policy, its
 * owner, or a group's members. A trust policy moves no principal's own policies: its replay is by resource.
 */
export function affectedBy(target: ChangeTarget, directory: Directory): Affected {
  if (target.kind === 'trust') return { users: [], roles: [] };
  if (target.kind === 'inline') {
    const name = target.ownerName.toLowerCase();
    if (target.ownerKind === 'user')
      return { users: directory.users.filter((u) => u.name.toLowerCase() === name), roles: [] };
    if (target.ownerKind === 'role')
      return { users: [], roles: directory.roles.filter((r) => r.name.toLowerCase() === name) };
    return {
      users: directory.users.filter((u) => u.groupNames.some((g) => g.toLowerCase() === name)),
      roles: [],
    };
  }
  const arn = target.policyArn;
  const attachedTo = (p: { attachedPolicies: { policyArn: string }[] }) =>
    p.attachedPolicies.some((a) => a.policyArn === arn);
  const groups = new Set(directory.groups.filter(attachedTo).map((g) => g.name.toLowerCase()));
  return {
    users: directory.users.filter(
      (u) =>
        attachedTo(u) ||
        u.permissionsBoundaryArn === arn ||
        u.groupNames.some((g) => groups.has(g.toLowerCase())),
    ),
    roles: directory.roles.filter((r) => attachedTo(r) || r.permissionsBoundaryArn === arn),
  };
}

/** The id decisions name the target by: the managed policy's ARN, or `<kind>/<owner>/inline/<name>`. */
export function policyIdOf(target: Exclude<ChangeTarget, { kind: 'trust' }>): string {
  return target.kind === 'managed'
    ? target.policyArn
    : `${target.ownerKind}/${target.ownerName}/inline/${target.policyName}`;
}
