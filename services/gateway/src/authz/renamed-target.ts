import type { GatewayContext } from '../context/gateway-context.js';
import type { AuthzCheck } from './authz-rule.js';

/**
 * The second permission a rename or move needs: the same action on the entity as it will be. AWS: "to change a user
 * name, the requester must have appropriate permissions on both the source object and the target object"
 * (`IAM/latest/APIReference/API_UpdateUser.html`, `API_UpdateGroup.html`). Without it, a user allowed to update
 * only herself could take any name, including one a trust policy names.
 */
export async function renamedTargetCheck(
  ctx: GatewayContext,
  type: 'user' | 'group',
  action: string,
  name: string,
  change: { newName?: string | null; newPath?: string | null },
): Promise<AuthzCheck[]> {
  if (change.newName == null && change.newPath == null) return [];
  const current = await ctx.targets[type](name);
  const currentPath = /:(?:user|group)(\/(?:[^/]+\/)*)[^/]+$/.exec(current.arn)?.[1] ?? '/';
  return [
    {
      action,
      resource: ctx.targets.toCreate(type, change.newName ?? name, change.newPath ?? currentPath),
    },
  ];
}
