import type { AuthorizationDetailsPage, AuthorizationEntityKind, PageArgs } from '@iamgate/store';
import { limits } from '../../hardening/argument-limits.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import { AccountAuthorizationDetailsRef, EntityTypeRef } from './types.js';

const KIND_OF: Record<string, AuthorizationEntityKind | undefined> = {
  User: 'user',
  Group: 'group',
  Role: 'role',
  LocalManagedPolicy: 'policy',
  AWSManagedPolicy: undefined,
};

const EMPTY: AuthorizationDetailsPage = {
  users: [],
  groups: [],
  roles: [],
  policies: [],
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
};

builder.queryField('getAccountAuthorizationDetails', (t) =>
  t.field({
    type: AccountAuthorizationDetailsRef,
    description:
      "Every user, group, role and customer managed policy of the account with their policies' documents, a page " +
      'at a time: the export audit tools read (`API_GetAccountAuthorizationDetails.html`). A page costs at most ' +
      'five database statements, whatever the account holds.',
    args: {
      filter: t.arg({
        type: [EntityTypeRef],
        description: 'The kinds of entity to return; all when absent or empty.',
        ...limits({ maxItems: 5 }),
      }),
      ...pageArgs(t.arg),
    },
    authz: { action: 'iam:GetAccountAuthorizationDetails', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      const asked = args.filter ?? [];
      const kinds = asked.flatMap((type) => KIND_OF[type] ?? []);
      // Only AWSManagedPolicy asked for: iamgate has none.
      if (asked.length > 0 && kinds.length === 0) return EMPTY;
      const page: PageArgs = {};
      if (args.first != null) page.first = args.first;
      if (args.after != null) page.after = args.after;
      return ctx.store.authorizationDetails.page(accountOf(ctx), kinds, page);
    },
  }),
);
