import { IamError } from '../../errors/iam-error.js';
import { principalRef } from '../../evaluator/subject.js';
import {
  accountSnapshot,
  liveSessions,
  type PolicySnapshot,
  principalEntry,
  revokedAmong,
} from '../../snapshot/policy-snapshot.js';
import { accountResourcePolicies } from '../../snapshot/snapshot-resource-policies.js';
import { sessionTarget } from '../../sts/session-target.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { PolicySnapshotRef } from './types.js';

builder.queryField('policySnapshot', (t) =>
  t.field({
    type: PolicySnapshotRef,
    description:
      'The effective policies of `principalArn` (a user, role or root), of one session (`sessionId`), or of every ' +
      "principal of the caller's account when neither is given, with their revision, the revoked sessions and the " +
      "account's stored resource policies (but for one session). " +
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
        return accountSnapshot(
          store,
          policies,
          accountId,
          now,
          await accountResourcePolicies(ctx, accountId),
        );
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
      // Decisions for one principal use the account's stored resource policies too; one session's do not need them
      // again (a local evaluator reads a session's policies beside the account's snapshot).
      const stored =
        args.sessionId == null
          ? await accountResourcePolicies(ctx, accountId)
          : { revision: entry.revision, policies: [] };
      const sessions = await liveSessions(store, accountId, now);
      const mine = sessions.filter(
        (s) =>
          s.principalArn === entry.principalArn ||
          s.roleArn === entry.principalArn ||
          s.id === args.sessionId,
      );
      return {
        accountId,
        revision: Math.min(entry.revision, stored.revision),
        generatedAt: now,
        principals: [entry],
        revokedSessions: revokedAmong(mine),
        resourcePolicies: stored.policies,
      };
    },
  }),
);
