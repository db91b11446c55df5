import { Repeater } from 'graphql-yoga';
import type { RevisionChange } from '../../cache/policy-cache.js';
import { whileSessionLives } from '../../snapshot/while-session-lives.js';
import { builder } from '../builder.js';
import { accountOf, principalOf } from '../common/caller.js';
import { PolicyRevisionRef } from './types.js';

builder.subscriptionType({
  description:
    'Live updates, over server-sent events (`Accept: text/event-stream`) or any transport graphql-yoga serves.',
});

builder.subscriptionField('policyRevision', (t) =>
  t.field({
    type: PolicyRevisionRef,
    description:
      "The caller's account revision: the current one at once, then each new one as this gateway learns of it " +
      '(at commit through Postgres notifications, within the revision poll interval at worst). A local evaluator ' +
      "refetches `policySnapshot` when it moves. iamgate's `iamgate:GetPolicySnapshot` on the account. The stream " +
      "ends when the caller's session expires or is revoked.",
    authz: { action: 'iamgate:GetPolicySnapshot', resource: ({ ctx }) => ctx.targets.account() },
    subscribe: async (_root, _args, ctx): Promise<AsyncIterable<RevisionChange>> => {
      const accountId = accountOf(ctx);
      const { policies, now } = ctx.services;
      const changes = whileSessionLives(
        { principal: principalOf(ctx), policies, now },
        policies.changes(accountId),
      );
      const revision = await policies.revision(accountId);
      return Repeater.merge([[{ accountId, revision }], changes]);
    },
    resolve: (change: RevisionChange) => change,
  }),
);
