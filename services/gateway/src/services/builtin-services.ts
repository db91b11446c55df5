import type { AccessLevel, ActionDefinition, ServiceDefinitionDocument } from '@iamgate/policy';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { IAM_ACTION_EXTENSION } from '../authz/authz-plugin.js';

/**
 * Actions the gateway decides that are not the action of a root field: extra checks of a field (`also`, a trust
 * decision) and the federation call, decided by the role's trust policy.
 */
const EXTRA_ACTIONS: Record<string, AccessLevel> = {
  'iam:PassRole': 'Permissions management',
  'sts:TagSession': 'Tagging',
  'sts:SetSourceIdentity': 'Write',
  'sts:AssumeRoleWithWebIdentity': 'Write',
};

/** The condition keys of the gateway's own services that requests carry, with their types. */
const CONDITION_KEYS: Record<string, { Name: string; Types: ['String' | 'ARN' | 'ArrayOfString'] }[]> = {
  iam: [
    { Name: 'iam:PassedToService', Types: ['String'] },
    { Name: 'iam:PolicyARN', Types: ['ARN'] },
    { Name: 'iam:PermissionsBoundary', Types: ['ARN'] },
    { Name: 'iam:AssociatedResourceArn', Types: ['ARN'] },
    { Name: 'iam:ResourceTag/', Types: ['String'] },
  ],
  sts: [
    { Name: 'sts:RoleSessionName', Types: ['String'] },
    { Name: 'sts:ExternalId', Types: ['String'] },
    { Name: 'sts:SourceIdentity', Types: ['String'] },
    { Name: 'sts:TransitiveTagKeys', Types: ['ArrayOfString'] },
  ],
};

const PERMISSIONS =
  /^(Put\w*Policy|Delete\w*Policy|Attach|Detach|CreatePolicy|SetDefaultPolicyVersion|UpdateAssumeRolePolicy|\w*PermissionsBoundary|PassRole)/;

/** AWS's access level of one of the gateway's actions, from its name and whether it reads or writes. */
function accessLevel(name: string, reads: boolean): AccessLevel {
  if (/^(Tag|Untag)/.test(name)) return 'Tagging';
  if (PERMISSIONS.test(name)) return 'Permissions management';
  if (reads) return name.startsWith('List') ? 'List' : 'Read';
  return 'Write';
}

/**
 * The gateway's own services (`iam`, `sts`, `organizations`, `iamgate`) as service definitions, made from the
 * schema: every root field's action (the `iamAction` extension the authorization plugin leaves), read or written
 * as the field is a query or a mutation. Policy checks then know iamgate's own actions as they know an app's.
 * Resource types are not declared, so statements on the gateway's actions are never reported as mismatched.
 */
export function builtinServiceDefinitions(schema: GraphQLSchema): ServiceDefinitionDocument[] {
  const byPrefix = new Map<string, Map<string, ActionDefinition>>();
  const add = (action: string, level: AccessLevel) => {
    const [prefix = '', name = ''] = action.split(':');
    let actions = byPrefix.get(prefix);
    if (actions === undefined) {
      actions = new Map();
      byPrefix.set(prefix, actions);
    }
    if (!actions.has(name)) actions.set(name, { Name: name, AccessLevel: level });
  };
  const fields = (type: { getFields(): Record<string, GraphQLField<unknown, unknown>> } | null | undefined) =>
    Object.values(type?.getFields() ?? {});
  const roots: [GraphQLField<unknown, unknown>[], boolean][] = [
    [fields(schema.getQueryType()), true],
    [fields(schema.getSubscriptionType()), true],
    [fields(schema.getMutationType()), false],
  ];
  for (const [list, reads] of roots) {
    for (const field of list) {
      const action = field.extensions?.[IAM_ACTION_EXTENSION];
      if (typeof action === 'string' && action.includes(':'))
        add(action, accessLevel(action.split(':')[1]!, reads));
    }
  }
  for (const [action, level] of Object.entries(EXTRA_ACTIONS)) add(action, level);
  return [...byPrefix.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([prefix, actions]) => ({
      Name: prefix,
      Actions: [...actions.values()].sort((a, b) => a.Name.localeCompare(b.Name)),
      ...(CONDITION_KEYS[prefix] === undefined ? {} : { ConditionKeys: CONDITION_KEYS[prefix] }),
    }));
}

/** Prefixes an app may not define: the gateway's own services, and AWS's global keys' `aws`. */
export function isReservedPrefix(prefix: string, builtins: readonly ServiceDefinitionDocument[]): boolean {
  const lower = prefix.toLowerCase();
  return lower === 'aws' || builtins.some((d) => d.Name === lower);
}
