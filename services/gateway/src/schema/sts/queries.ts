import { noPermissionNeeded } from '../../sts/no-permission-needed.js';
import { builder } from '../builder.js';
import { principalOf } from '../common/caller.js';
import { CallerIdentityRef } from './types.js';

builder.queryField('getCallerIdentity', (t) =>
  t.field({
    type: CallerIdentityRef,
    description:
      'Who the credentials of this request belong to. Needs no permission, as AWS: an explicit deny cannot ' +
      'hide a caller from itself (`STS/latest/APIReference/API_GetCallerIdentity.html`).',
    authz: {
      action: 'sts:GetCallerIdentity',
      resource: ({ ctx }) => ctx.targets.any(),
      decide: () => noPermissionNeeded(),
    },
    resolve: (_root, _args, ctx) => {
      const principal = principalOf(ctx);
      return { account: principal.accountId, arn: principal.arn, userId: principal.id };
    },
  }),
);
