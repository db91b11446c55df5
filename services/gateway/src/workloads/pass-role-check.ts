import type { AuthzCheck } from '../authz/authz-rule.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { roleTarget } from '../sts/role-lookup.js';
import { WORKLOAD_SERVICE } from './workload-session.js';
import { workloadTarget } from './workload-target.js';

/**
 * `iam:PassRole` on the role, with the service it is passed to and the workload it is associated with as condition
 * keys (`IAM/latest/UserGuide/id_roles_use_passrole.html`,
 * `IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService`): needed by whatever hands a
 * role to a workload, or hands someone the means to act as the workload that holds it.
 */
export async function passRoleCheck(
  ctx: GatewayContext,
  workloadName: string,
  roleArn: string,
): Promise<AuthzCheck[]> {
  const workload = await workloadTarget(ctx, workloadName);
  return [
    {
      action: 'iam:PassRole',
      resource: await roleTarget(ctx, roleArn),
      context: { 'iam:PassedToService': WORKLOAD_SERVICE, 'iam:AssociatedResourceArn': workload.arn },
    },
  ];
}
