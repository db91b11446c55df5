import { IamError } from '../../errors/iam-error.js';
import { principalRef } from '../../evaluator/subject.js';
import {
  accountSnapshot,
  liveSessions,
  type PolicySnapshot,
  principalEntry,
  revokedAmong,
} from '../../snapshot/policy-snapshot.js';
import { sessionTarget } from '../../sts/session-target.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { PolicySnapshotRef } from './types.js';

builder.queryField('policySnapshot', (t) =>
  t.field({
    type: PolicySnapshotRef,
    description:
      'The effective policies of `principalArn` (a user, role or root), of one session (`sessionId`), or of every ' +
      "principal of the caller's account when neither is given, with their revision and the revoked sessions. " +
      "iamgate's `iamgate:GetPolicySnapshot` on the principal (or on the account's root ARN for all of them).",
    args: {
      principalArn: t.arg.string({ description: 'One principal: a user, role or root ARN.' }),
      sessionId: t.arg.string({ description: 'One session (the `sid` of a token).' }),
    },
    authz: {
      action: 'iamgate:GetPolicySnapshot',
      resource: ({ args, ctx }) => {
        if (args.principalArn != null) return args.principalArn;
        if (args.sessionId != null) return sessionTarget(ctx, args.sessionId);
        return ctx.targets.account();
      },
    },
    resolve: async (_root, args, ctx): Promise<PolicySnapshot> => {
      const accountId = accountOf(ctx);
      const { store } = ctx;
      const { policies } = ctx.services;
      const now = ctx.facts.now;
      if (args.principalArn == null && args.sessionId == null)
        return accountSnapshot(store, policies, accountId, now);
      if (args.principalArn != null && args.sessionId != null) {
        throw new IamError('InvalidInput', 'give `principalArn` or `sessionId`, not both', {
          field: 'sessionId',
        });
      }
      const entry =
        args.sessionId != null
          ? principalEntry(
              await policies.get({ kind: 'session', accountId, sessionId: args.sessionId }),
              'session',
            )
          : await (async () => {
              const { ref } = await principalRef(ctx, args.principalArn as string);
              return principalEntry(await policies.get(ref), ref.kind === 'session' ? 'session' : ref.kind);
            })();
      const sessions = await liveSessions(store, accountId, now);
      const mine = sessions.filter(
        (s) =>
          s.principalArn === entry.principalArn ||
          s.roleArn === entry.principalArn ||
          s.id === args.sessionId,
      );
      return {
        accountId,
        revision: entry.revision,
        generatedAt: now,
        principals: [entry],
        revokedSessions: revokedAmong(mine),
      };
    },
  }),
);
