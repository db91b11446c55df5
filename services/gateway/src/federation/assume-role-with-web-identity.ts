import { type ContextValue, type Decision, evaluateTrust } from '@iamgate/policy';
import { type AuditInput, type OidcProvider, type Role, sourceThrottleKey } from '@iamgate/store';
import { accessDenied } from '../authz/access-denied.js';
import { webIdentityBudgetMs } from '../config/federation-config.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { rootStore } from '../context/root-store.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';
import { errorCodeOf } from '../errors/error-code-of.js';
import type { ErrorCode } from '../errors/error-codes.js';
import { IamError } from '../errors/iam-error.js';
import { reserveAttempt } from '../hardening/reserve-attempt.js';
import { notTrusted } from '../sts/no-permission-needed.js';
import { roleArnParts, roleByArn } from '../sts/role-lookup.js';
import { type RoleSessionResult, startRoleSession } from '../sts/start-role-session.js';
import { checkDuration, checkSessionName, checkSessionPolicies } from '../sts/sts-limits.js';
import { trustPolicyOf } from '../sts/trust-policy.js';
import { isGatewayIssuer } from './gateway-issuer.js';
import { findProvider, urlOfIssuer } from './provider-lookup.js';
import {
  claimedIssuer,
  MAX_WEB_IDENTITY_TOKEN_LENGTH,
  UNVERIFIED_TOKEN,
  type VerifiedWebIdentity,
  verifyWebIdentityToken,
  WebIdentityRefusal,
} from './web-identity-token.js';

/**
 * Refusals the caller's attempt is given back for: the issuer or the gateway failed, not the token. Not when an
 * earlier failure of the issuer answered (`cachedFailure`): retrying against a failing issuer is not free.
 */
const NOT_THE_CALLERS_FAULT: ReadonlySet<ErrorCode> = new Set([
  'IDPCommunicationError',
  'ServiceFailure',
  'ServiceUnavailable',
]);

/** The audit and authorization action. */
export const ASSUME_ROLE_WITH_WEB_IDENTITY = 'sts:AssumeRoleWithWebIdentity';

/** The arguments of `assumeRoleWithWebIdentity` (`STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html`). */
export interface WebIdentityRequest {
  roleArn: string;
  roleSessionName: string;
  webIdentityToken: string;
  durationSeconds?: number | null;
  policy?: string | null;
  policyArns?: string[] | null;
}

/** What `assumeRoleWithWebIdentity` answers: a role session, and what the token said. */
export interface WebIdentityResult extends RoleSessionResult {
  /** The token's `sub` (`SubjectFromWebIdentityToken`). */
  subjectFromWebIdentityToken: string;
  /** The token's `iss` (`Provider`). */
  provider: string;
  /** The token's audience that is a client ID of the provider (`Audience`). */
  audience: string;
}

/** What is known of a call so far, for its audit event. */
interface Progress {
  accountId: string | null;
  issuer?: string;
  provider?: OidcProvider;
  identity?: VerifiedWebIdentity;
}

/**
 * `assumeRoleWithWebIdentity`: a role session for whoever holds a token of an OpenID Connect issuer the role's
 * account registered, when the role's trust policy allows that provider (`"Principal": {"Federated": "<provider
 * ARN>"}`) the action `sts:AssumeRoleWithWebIdentity` with the token's claims as condition keys
 * (`IAM/latest/UserGuide/id_roles_providers_oidc.html`). No credentials are needed; every call is counted on the
 * caller's source address before anything is checked (failures lock the address out like failed sign-ins; a call
 * that succeeds, or that the issuer's silence failed when it was asked, is given back) and audited in the role's
 * account, with the reason of a refusal (for an issuer that could not be read, only a code: the detail goes to the
 * operator's log). A role that does not exist reads exactly like one that does not trust the provider. The issuer
 * is waited on at most `webIdentityBudgetMs` in all.
 */
export async function assumeRoleWithWebIdentity(
  ctx: GatewayContext,
  request: WebIdentityRequest,
): Promise<WebIdentityResult> {
  const store = rootStore(ctx);
  const deadline = performance.now() + webIdentityBudgetMs(ctx.services.config.deadlines.requestMs);
  const progress: Progress = { accountId: accountOfArn(request.roleArn) };
  const throttleKey = `web-identity:${sourceThrottleKey(ctx.facts.sourceIp)}`;
  let counted = false;
  try {
    const { maxFailuresPerSource, windowSeconds } = ctx.services.config.signIn;
    await reserveAttempt(
      store,
      throttleKey,
      { maxAttempts: maxFailuresPerSource, windowSeconds, lockoutSeconds: windowSeconds },
      ctx.facts.now,
      (seconds) => `too many refused web identity tokens from this address: try again in ${seconds} seconds`,
    );
    counted = true;
    const { accountId } = roleArnParts(request.roleArn);
    const sessionName = checkSessionName(request.roleSessionName);
    const token = request.webIdentityToken;
    if (token.length < 4 || token.length > MAX_WEB_IDENTITY_TOKEN_LENGTH) {
      throw new IamError(
        'ValidationError',
        `\`webIdentityToken\` must have 4 to ${MAX_WEB_IDENTITY_TOKEN_LENGTH} characters`,
        { field: 'webIdentityToken' },
      );
    }
    const policyArns = request.policyArns ?? [];
    checkSessionPolicies(request.policy, policyArns);

    progress.issuer = claimedIssuer(token);
    const provider = await findProvider(ctx, accountId, urlOfIssuer(progress.issuer));
    // OpenID Connect Core 1.0, 3.1.3.7: the issuer must match exactly (an `http://` token is not an `https://` one).
    // The reason leaves the claimed issuer out: `details.issuer` has it, cut short (an outsider writes it).
    if (provider === undefined || provider.issuer !== progress.issuer) {
      throw new WebIdentityRefusal('InvalidIdentityToken', UNVERIFIED_TOKEN, 'no provider for the issuer');
    }
    progress.provider = provider;
    // A provider for the gateway itself, registered before it was refused or written into the store otherwise,
    // would turn any session token of the gateway (revoked, or of a closed account) into fresh role sessions.
    if (isGatewayIssuer(provider.issuer, ctx.services.config)) {
      throw new WebIdentityRefusal(
        'InvalidIdentityToken',
        UNVERIFIED_TOKEN,
        'the provider is the gateway itself',
      );
    }
    const identity = await verifyWebIdentityToken(
      token,
      provider,
      ctx.services.issuerKeys,
      ctx.facts.now,
      deadline,
    );
    progress.identity = identity;

    const role = await absentRole(ctx, request.roleArn);
    const context = webIdentityContext(ctx, provider, identity, sessionName);
    refuseUnlessTrusted(provider, role, ASSUME_ROLE_WITH_WEB_IDENTITY, context, request.roleArn);
    if (identity.sourceIdentity !== undefined) {
      checkSessionName(identity.sourceIdentity, 'sourceIdentity');
      // IAM/latest/UserGuide/id_credentials_temp_control-access_monitor.html: setting it needs sts:SetSourceIdentity.
      refuseUnlessTrusted(provider, role, 'sts:SetSourceIdentity', context, request.roleArn);
    }
    // INVARIANT: `refuseUnlessTrusted` refused a role that does not exist.
    const trusted = role as Role;
    const result = await startRoleSession(store, ctx.services.tokens, {
      role: trusted,
      sessionName,
      durationSeconds: checkDuration(request.durationSeconds, trusted.maxSessionDuration, false),
      source: 'assumeRoleWithWebIdentity',
      issuedAt: ctx.facts.now,
      sourceIdentity: identity.sourceIdentity,
      policy: request.policy ?? undefined,
      policyArns,
      sourceIp: ctx.facts.sourceIp,
      audit: (assumedRoleUser) => ({
        ...auditOf(ctx, request, progress),
        decision: 'Allow',
        details: { ...detailsOf(request, progress), assumedRoleArn: assumedRoleUser.arn },
      }),
    });
    // A genuine token that was accepted is no attempt at guessing: given back.
    await store.signInThrottle.refund(throttleKey);
    return {
      ...result,
      subjectFromWebIdentityToken: identity.subject,
      provider: identity.issuer,
      audience: identity.audience,
    };
  } catch (error) {
    const errorCode = errorCodeOf(error);
    await store.audit
      .record({
        ...auditOf(ctx, request, progress),
        decision: 'Deny',
        errorCode,
        details: {
          ...detailsOf(request, progress),
          ...(error instanceof WebIdentityRefusal ? { reason: error.reason } : {}),
        },
      })
      .catch((auditError: unknown) => ctx.log.error('audit write failed', { error: auditError }));
    // The caller is not to blame when the issuer did not answer when asked, or the gateway failed.
    const cachedFailure = error instanceof WebIdentityRefusal && error.cachedFailure;
    if (counted && NOT_THE_CALLERS_FAULT.has(errorCode) && !cachedFailure) {
      await store.signInThrottle.refund(throttleKey).catch(() => undefined);
    }
    if (error instanceof WebIdentityRefusal && error.code === 'IDPCommunicationError') {
      ctx.log.warn('identity provider not read', {
        issuer: progress.provider?.issuer,
        reason: error.reason,
        detail: error.detail,
        cached: cachedFailure,
      });
    }
    throw error;
  }
}

/** The role, or `undefined` when there is none. */
function absentRole(ctx: GatewayContext, roleArn: string): Promise<Role | undefined> {
  return absentAsUndefined(roleByArn(ctx, roleArn));
}

/**
 * The condition keys of the request (`IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif`):
 * `<url>:sub`, `<url>:aud` and `<url>:amr` (when the token has it), `aws:FederatedProvider` (the provider's ARN),
 * `sts:RoleSessionName`, `sts:SourceIdentity` when the token sets one, and the global keys of the request (time,
 * source address, secure transport, user agent).
 */
export function webIdentityContext(
  ctx: Pick<GatewayContext, 'facts'>,
  provider: OidcProvider,
  identity: VerifiedWebIdentity,
  sessionName: string,
): Record<string, ContextValue> {
  const { facts } = ctx;
  const context: Record<string, ContextValue> = {
    'aws:CurrentTime': facts.now.toISOString(),
    'aws:EpochTime': Math.floor(facts.now.getTime() / 1000),
    'aws:SecureTransport': facts.secureTransport,
    'aws:SourceIp': facts.sourceIp,
    'aws:FederatedProvider': provider.arn,
    'sts:RoleSessionName': sessionName,
    [`${provider.url}:sub`]: identity.subject,
    [`${provider.url}:aud`]: identity.audience,
  };
  if (facts.userAgent !== undefined) context['aws:UserAgent'] = facts.userAgent;
  if (identity.amr !== undefined) context[`${provider.url}:amr`] = identity.amr;
  if (identity.sourceIdentity !== undefined) context['sts:SourceIdentity'] = identity.sourceIdentity;
  return context;
}

/**
 * Refuses with `AccessDenied` unless the role's trust policy allows the provider `action`. The caller learns nothing
 * of the trust policy (no statement ids), and a role that does not exist reads the same.
 */
function refuseUnlessTrusted(
  provider: OidcProvider,
  role: Role | undefined,
  action: string,
  context: Record<string, ContextValue>,
  roleArn: string,
): void {
  const decision: Decision =
    role === undefined
      ? notTrusted()
      : evaluateTrust({
          principal: provider.arn,
          action,
          roleArn: role.arn,
          trustPolicy: trustPolicyOf(role),
          context,
        });
  if (decision.decision === 'Allow') return;
  throw accessDenied({ principal: provider.arn, action, resource: roleArn, decision: notTrusted() });
}

/** The account of a role ARN, or `null` when it is none. */
function accountOfArn(roleArn: string): string | null {
  try {
    return roleArnParts(roleArn).accountId;
  } catch {
    return null;
  }
}

/** The audit event of the call, recorded in the role's account (CloudTrail records it there too). */
function auditOf(
  ctx: GatewayContext,
  request: WebIdentityRequest,
  progress: Progress,
): Omit<AuditInput, 'decision'> {
  return {
    action: ASSUME_ROLE_WITH_WEB_IDENTITY,
    accountId: progress.accountId,
    principalArn: progress.provider?.arn ?? null,
    resource: request.roleArn,
    requestId: ctx.requestId,
    sourceIp: ctx.facts.sourceIp,
    userAgent: ctx.facts.userAgent ?? null,
    occurredAt: ctx.facts.now,
  };
}

/** What the audit event says of the call: never the token, only what it claimed and what was verified. */
function detailsOf(request: WebIdentityRequest, progress: Progress): Record<string, unknown> {
  const identity = progress.identity;
  return {
    roleSessionName: request.roleSessionName,
    ...(request.durationSeconds == null ? {} : { durationSeconds: request.durationSeconds }),
    ...(progress.issuer === undefined ? {} : { issuer: progress.issuer.slice(0, 300) }),
    ...(identity === undefined
      ? {}
      : {
          subject: identity.subject,
          audience: identity.audience,
          ...(identity.sourceIdentity === undefined ? {} : { sourceIdentity: identity.sourceIdentity }),
        }),
  };
}
