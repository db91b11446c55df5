import type { Group } from '@iamgate/store';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import { UserConnectionRef } from '../users/types.js';

/** An IAM group (`IAM/latest/APIReference/API_Group.html`). */
export const GroupRef = builder.objectRef<Group>('Group');

GroupRef.implement({
  description:
    'A collection of users that share the policies attached to it; never a principal (`API_Group.html`).',
  fields: (t) => ({
    groupName: t.exposeString('name', {
      description: 'The group name, unique in the account ignoring case.',
    }),
    groupId: t.exposeString('id', { description: 'The stable unique id (`AGPA...`).' }),
    arn: t.exposeString('arn', {
      description: 'The ARN, `arn:<partition>:iam::<account>:group/<path><name>`.',
    }),
    path: t.exposeString('path', { description: 'The path, `/` by default.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When the group was created.' }),
    users: t.field({
      type: UserConnectionRef,
      description: 'The members of the group (`API_GetGroup.html` returns them); needs `iam:GetGroup`.',
      args: pageArgs(t.arg),
      authz: {
        action: 'iam:GetGroup',
        resource: ({ parent }) => ({ arn: parent.arn, accountId: parent.accountId }),
      },
      resolve: (group, args, ctx) =>
        ctx.store.groups.listUsers(accountOf(ctx), group.name, {
          ...(args.first == null ? {} : { first: args.first }),
          ...(args.after == null ? {} : { after: args.after }),
        }),
    }),
  }),
});

/** A page of groups. */
export const GroupConnectionRef = builder.connectionObject(
  { type: GroupRef, name: 'GroupConnection', description: 'A page of groups.' },
  { name: 'GroupEdge', description: 'A group with its cursor.' },
);
