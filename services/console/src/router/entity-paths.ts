/**
 * The console paths of entity pages. Names go in one path segment, so they are encoded (a path never holds a `/`
 * of a name); a policy is found by its ARN, which has slashes of its own.
 */
export const userPath = (userName: string) => `/users/${encodeURIComponent(userName)}`;
export const groupPath = (groupName: string) => `/groups/${encodeURIComponent(groupName)}`;
export const rolePath = (roleName: string) => `/roles/${encodeURIComponent(roleName)}`;
export const workloadPath = (workloadName: string) => `/workloads/${encodeURIComponent(workloadName)}`;
export const policyPath = (policyArn: string) => `/policies/${encodeURIComponent(policyArn)}`;
