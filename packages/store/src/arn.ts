import { invalidInput } from './errors.js';

/** The resource types of IAM ARNs the store creates (`workload` is iamgate's instance profile, `mfa` a virtual MFA device). */
export type IamResourceType = 'user' | 'group' | 'role' | 'policy' | 'workload' | 'mfa';

/** The default ARN partition (AWS uses `aws`). */
export const DEFAULT_PARTITION = 'iamgate';

/**
 * `arn:<partition>:iam::<account>:<type><path><name>`, as AWS builds them
 * (`IAM/latest/UserGuide/reference_identifiers.html#identifiers-arns`). `path` starts and ends with `/`.
 */
export function iamArn(
  partition: string,
  accountId: string,
  type: IamResourceType,
  path: string,
  name: string,
): string {
  return `arn:${partition}:iam::${accountId}:${type}${path}${name}`;
}

/** The root user of an account: `arn:<partition>:iam::<account>:root`. */
export function rootArn(partition: string, accountId: string): string {
  return `arn:${partition}:iam::${accountId}:root`;
}

/** A role session: `arn:<partition>:sts::<account>:assumed-role/<RoleName>/<SessionName>`. */
export function assumedRoleArn(
  partition: string,
  accountId: string,
  roleName: string,
  sessionName: string,
): string {
  return `arn:${partition}:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

/** The parts of an IAM ARN naming a user, group, role, policy or workload. */
export interface ParsedIamArn {
  partition: string;
  accountId: string;
  type: IamResourceType;
  path: string;
  name: string;
}

const TYPES = new Set<string>(['user', 'group', 'role', 'policy', 'workload', 'mfa']);

/** Parses an IAM entity ARN; anything else is `InvalidInput`. `expected` restricts the resource type. */
export function parseIamArn(arn: string, expected?: IamResourceType): ParsedIamArn {
  const m = /^arn:([^:]+):iam::(\d{12}):([a-z-]+)(\/(?:[^/]+\/)*)([^/]+)$/.exec(arn);
  const type = m?.[3];
  if (!m || type === undefined || !TYPES.has(type) || (expected !== undefined && type !== expected)) {
    throw invalidInput(`\`${arn}\` is not a valid ${expected ?? 'IAM'} ARN`, { field: 'arn' });
  }
  return {
    partition: m[1] as string,
    accountId: m[2] as string,
    type: type as IamResourceType,
    path: m[4] as string,
    name: m[5] as string,
  };
}
