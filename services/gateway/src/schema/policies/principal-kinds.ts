import type { PrincipalKind } from '@iamgate/store';
import type { ArgBuilder } from '@pothos/core';
import type { AuthzTarget } from '../../authz/authz-rule.js';
import type { Targets } from '../../context/targets.js';
import type { GatewaySchemaTypes } from '../builder.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<GatewaySchemaTypes>;

/** The argument naming a principal in AWS's operations. */
export type KindArg = 'userName' | 'groupName' | 'roleName';

/** A principal kind with the names AWS uses for it in operations (`AttachUserPolicy(UserName)`...). */
export interface KindNames<A extends string> {
  kind: PrincipalKind;
  /** `User`, `Group`, `Role`: the middle of operation names. */
  title: 'User' | 'Group' | 'Role';
  /** The argument naming the principal: `userName`, `groupName`, `roleName`. */
  arg: A;
  /** The authorization target of the named principal. */
  target: (targets: Targets, name: string) => Promise<AuthzTarget>;
}

/** Users: `AttachUserPolicy(UserName)`... */
export const USER_KIND: KindNames<'userName'> = {
  kind: 'user',
  title: 'User',
  arg: 'userName',
  target: (t, name) => t.user(name),
};
/** Groups: `AttachGroupPolicy(GroupName)`... */
export const GROUP_KIND: KindNames<'groupName'> = {
  kind: 'group',
  title: 'Group',
  arg: 'groupName',
  target: (t, name) => t.group(name),
};
/** Roles: `AttachRolePolicy(RoleName)`... */
export const ROLE_KIND: KindNames<'roleName'> = {
  kind: 'role',
  title: 'Role',
  arg: 'roleName',
  target: (t, name) => t.role(name),
};

/**
 * The required argument that names the principal (`userName`, `groupName` or `roleName`). Its static type lists
 * every possible key because one function defines the fields of all three kinds; resolvers read only `args[k.arg]`.
 */
export function principalNameArg<A extends string>(
  arg: ArgBuilder<Types>,
  k: KindNames<A>,
): { [P in A]: PothosSchemaTypes.ArgumentRef<Types, string> } {
  return { [k.arg]: arg.string({ required: true, description: `The ${k.kind} name.` }) } as {
    [P in A]: PothosSchemaTypes.ArgumentRef<Types, string>;
  };
}
