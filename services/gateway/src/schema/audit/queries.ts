import type { AuditFilter } from '@iamgate/store';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import { AuditEventConnectionRef, AuditEventFilterRef } from './types.js';

builder.queryField('auditEvents', (t) =>
  t.field({
    type: AuditEventConnectionRef,
    description: "The account's audit log, newest first (iamgate's `iam:ListAuditEvents`).",
    args: {
      filter: t.arg({ type: AuditEventFilterRef, description: 'Which events.' }),
      ...pageArgs(t.arg),
    },
    authz: { action: 'iam:ListAuditEvents', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) => {
      const f = args.filter;
      const filter: AuditFilter = { accountId: accountOf(ctx) };
      if (args.first != null) filter.first = args.first;
      if (args.after != null) filter.after = args.after;
      if (f?.principalArn != null) filter.principalArn = f.principalArn;
      if (f?.action != null) filter.action = f.action;
      if (f?.decision != null) filter.decision = f.decision;
      if (f?.from != null) filter.from = f.from;
      if (f?.to != null) filter.to = f.to;
      return ctx.store.audit.list(filter);
    },
  }),
);
