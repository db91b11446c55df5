import type { IdentifiedPolicy } from '@iamgate/policy';
import { roleTarget } from '../../sts/role-lookup.js';
import { sessionTarget } from '../../sts/session-target.js';
import { builder } from '../builder.js';
import { accountOf, principalOf } from '../common/caller.js';
import { RevokeRoleSessionsPayloadRef } from './types.js';

/** Signing out: every principal may revoke its own current session. */
const OWN_SESSION: IdentifiedPolicy = {
  id: 'iamgate/own-session',
  document: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'iam:RevokeSession', Resource: '*' }],
  },
};

builder.mutationFields((t) => ({
  revokeRoleSessions: t.field({
    type: RevokeRoleSessionsPayloadRef,
    description:
      'Revokes every session of the role issued until now, like the console\'s "Revoke active sessions" ' +
      '(`IAM/latest/UserGuide/id_roles_use_revoke-sessions.html`): each fails with `ExpiredToken` on its next ' +
      "use at every gateway instance. iamgate's `iam:RevokeRoleSessions` on the role.",
    args: { roleArn: t.arg.string({ required: true, description: 'The role whose sessions to revoke.' }) },
    authz: { action: 'iam:RevokeRoleSessions', resource: ({ args, ctx }) => roleTarget(ctx, args.roleArn) },
    resolve: async (_root, args, ctx) => {
      const revokedBefore = ctx.facts.now;
      const revokedSessions = await ctx.store.sessions.revokeRoleSessions(
        accountOf(ctx),
        args.roleArn,
        revokedBefore,
      );
      return { roleArn: args.roleArn, revokedSessions, revokedBefore };
    },
  }),
  revokeSession: t.boolean({
    description:
      "Revokes one session (a sign-in, a role session...): its token fails with `ExpiredToken` from now on. iamgate's " +
      '`iam:RevokeSession` on the principal the session belongs to; anyone may revoke their own session.',
    args: {
      sessionId: t.arg.string({
        required: true,
        description: 'The session id (`ASIA...`, the `sid` claim).',
      }),
    },
    authz: {
      action: 'iam:RevokeSession',
      resource: ({ args, ctx }) => sessionTarget(ctx, args.sessionId),
      grants: ({ args, ctx }) => (args.sessionId === principalOf(ctx).sessionId ? [OWN_SESSION] : []),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.sessions.revoke(accountOf(ctx), args.sessionId);
      return true;
    },
  }),
}));
