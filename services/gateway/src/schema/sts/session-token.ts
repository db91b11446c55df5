import type { Decision } from '@iamgate/policy';
import { takeCallAudit } from '../../authz/call-audit.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { callerMfa } from '../../mfa/caller-mfa.js';
import {
  MFA_CODE_DESCRIPTION,
  MFA_SERIAL_DESCRIPTION,
  mfaDecision,
  sessionMfaTime,
} from '../../mfa/session-mfa.js';
import { noPermissionNeeded, notTrusted } from '../../sts/no-permission-needed.js';
import { checkDuration, STS_LIMITS } from '../../sts/sts-limits.js';
import { authenticationMethods } from '../../tokens/authentication-methods.js';
import { builder } from '../builder.js';
import { principalOf } from '../common/caller.js';
import { CredentialsRef } from './types.js';

/** The sessions that stand for a principal's long-term credentials: a password sign-in and an access key. */
const LONG_TERM = new Set(['signIn', 'accessKey']);

/**
 * `GetSessionToken` needs no permission, but only users and root may call it, with their long-term credentials: not
 * role sessions, not sessions it issued itself ("must be called by using the long-term AWS security credentials",
 * `API_GetSessionToken.html`), which would renew a stolen token for ever, and not a session restricted by a
 * session policy (a user who must first change their password), which would otherwise shed its restriction.
 */
function sessionTokenDecision(ctx: GatewayContext): Decision {
  const caller = ctx.caller;
  if (caller === undefined) return notTrusted();
  if (caller.principal.type === 'role') return { ...notTrusted(), failedLayer: 'identity' };
  const source = caller.principal.sessionSource;
  if (source !== undefined && !LONG_TERM.has(source)) return { ...notTrusted(), failedLayer: 'identity' };
  if ((caller.policies.session ?? []).length > 0) return { ...notTrusted(), failedLayer: 'session' };
  return noPermissionNeeded();
}

builder.mutationField('getSessionToken', (t) =>
  t.field({
    type: CredentialsRef,
    description:
      "Issues temporary credentials for the calling IAM user (or root) with the caller's own permissions: " +
      '900 s to 36 hours for users (12 hours by default), at most one hour for root. Only sessions of long-term ' +
      'credentials (a password or an access key) may call it: role sessions and its own sessions are refused ' +
      '(`STS/latest/APIReference/API_GetSessionToken.html`). With `serialNumber` and `tokenCode` the session is ' +
      'MFA-authenticated (`aws:MultiFactorAuthPresent`); a wrong or replayed code is `AccessDenied`. Without them ' +
      "it is MFA-authenticated only when the calling session was, keeping that session's MFA time.",
    args: {
      durationSeconds: t.arg.int({ description: 'How long the credentials last, in seconds.' }),
      serialNumber: t.arg.string({ description: MFA_SERIAL_DESCRIPTION }),
      tokenCode: t.arg.string({ description: MFA_CODE_DESCRIPTION }),
    },
    authz: {
      action: 'sts:GetSessionToken',
      resource: ({ ctx }) => principalOf(ctx).arn,
      decide: async ({ args, ctx }) => {
        const decision = sessionTokenDecision(ctx);
        if (decision.decision !== 'Allow') return decision;
        return mfaDecision(await callerMfa(ctx, args), decision);
      },
      selfAudited: true,
    },
    resolve: async (_root, args, ctx) => {
      const principal = principalOf(ctx);
      const root = principal.type === 'root';
      const max = root ? STS_LIMITS.sessionTokenRootMaxSeconds : STS_LIMITS.sessionTokenMaxSeconds;
      const fallback = root ? STS_LIMITS.sessionTokenRootMaxSeconds : STS_LIMITS.sessionTokenDefaultSeconds;
      const seconds = checkDuration(args.durationSeconds ?? fallback, max, false);
      const issuedAt = ctx.facts.now;
      const expiresAt = new Date(issuedAt.getTime() + seconds * 1000);
      const userId = root ? undefined : principal.id;
      const mfaAt = await sessionMfaTime(ctx, args);
      // The token is signed first, for a session id chosen here: the statement that records the session (with the
      // call's audit event) is then the last thing that can fail.
      const sessionId = ctx.store.sessions.newId();
      const issued = await ctx.services.tokens.issue(
        {
          sub: principal.id,
          sid: sessionId,
          arn: principal.arn,
          acct: principal.accountId,
          ptyp: root ? 'root' : 'user',
          ...(principal.userName === undefined ? {} : { name: principal.userName }),
          tags: principal.tags,
          ...authenticationMethods(undefined, mfaAt),
        },
        issuedAt,
        expiresAt,
      );
      await ctx.store.sessions.create(
        {
          id: sessionId,
          accountId: principal.accountId,
          principalType: root ? 'root' : 'user',
          source: 'getSessionToken',
          ...(userId === undefined ? {} : { userId }),
          parentSessionId: principal.sessionId,
          ...(mfaAt === undefined ? {} : { mfaAuthenticated: true, mfaAuthenticatedAt: mfaAt }),
          sourceIp: ctx.facts.sourceIp,
          issuedAt,
          expiresAt,
        },
        { audit: takeCallAudit(ctx) },
      );
      return { sessionId, sessionToken: issued.token, expiration: issued.expiresAt };
    },
  }),
);
