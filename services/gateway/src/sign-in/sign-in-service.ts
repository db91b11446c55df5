import type { Store } from '@iamgate/store';
import type { RequestFacts } from '../authz/request-context.js';
import type { SignInProtection } from '../config/gateway-config.js';
import { errorCodeOf } from '../errors/error-code-of.js';
import { IamError } from '../errors/iam-error.js';
import type { LockoutScope } from '../metrics/gateway-metrics.js';
import type { TokenService } from '../tokens/token-service.js';
import { attemptedPrincipal } from './attempted-principal.js';
import { PASSWORD_RESET_SESSION_POLICY } from './password-reset-policy.js';
import { SignInAttempts } from './sign-in-attempts.js';
import type { SignInInput, SignInResult } from './sign-in-input.js';
import { principalKey, sourceKey, type ThrottleKeys } from './throttle-keys.js';
import { type VerifiedPrincipal, verifyCredentials } from './verified-principal.js';

/** The audit action of sign-ins (AWS records console sign-ins as `signin:ConsoleLogin`). */
export const SIGN_IN_ACTION = 'iamgate:SignIn';

/** Options of a `SignInService`. */
export interface SignInServiceOptions {
  store: Store;
  tokens: TokenService;
  protection: SignInProtection;
  sessionSeconds: number;
  /** Waits between a failure and its answer; replaced in tests to keep them fast without changing behaviour. */
  sleep?: (ms: number) => Promise<void>;
  /** Told when a failed attempt locks a principal or a source address out, for metrics. */
  onLockout?: (scope: LockoutScope) => void;
}

/** The request a sign-in arrived with. */
export interface SignInRequest {
  requestId: string;
  facts: RequestFacts;
}

/**
 * Signs principals in: reserves an attempt for the principal and the source address before anything is checked
 * (refusing with `Throttling` once either has used its attempts in the window), checks the credentials, slows
 * failures down, audits every attempt, and issues a session token on success. Every failure looks the same to the
 * caller (`InvalidClientTokenId`), so it cannot learn which names exist.
 */
export class SignInService {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly attempts: SignInAttempts;

  constructor(private readonly options: SignInServiceOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.attempts = new SignInAttempts(options.store, options.protection, options.onLockout);
  }

  /**
   * Signs in, or throws `InvalidClientTokenId` (bad credentials) or `Throttling` (locked out, or too many password
   * checks waiting in this process: that attempt is not counted).
   */
  async signIn(input: SignInInput, request: SignInRequest): Promise<SignInResult> {
    const { store } = this.options;
    const now = request.facts.now;
    const keys: ThrottleKeys = {
      principal: await principalKey(store, input),
      source: sourceKey(request.facts.sourceIp),
    };
    const reservation = await this.attempts.reserve(keys, now);
    if (!reservation.allowed) {
      await this.auditFailure(input, request, 'Throttling');
      const seconds = Math.max(1, Math.ceil((reservation.retryAt.getTime() - now.getTime()) / 1000));
      throw new IamError(
        'Throttling',
        `too many failed sign-ins: try again in ${seconds} seconds`,
        { retryAfterSeconds: seconds },
        { 'retry-after': String(seconds) },
      );
    }
    let principal: VerifiedPrincipal | null;
    try {
      principal = await verifyCredentials(store, input, now);
    } catch (error) {
      await this.attempts.unchecked(keys).catch(() => undefined);
      await this.auditFailure(input, request, errorCodeOf(error)).catch(() => undefined);
      throw error;
    }
    if (principal === null || principal.hardExpired) return this.fail(input, request, reservation.attempts);
    await this.attempts.succeeded(keys);
    return this.startSession(input, principal, request);
  }

  private async fail(input: SignInInput, request: SignInRequest, attempts: number): Promise<never> {
    await this.auditFailure(input, request, 'InvalidClientTokenId');
    // Exponential slow-down per recent attempt, capped at 8x, on top of the constant-time password check.
    await this.sleep(this.options.protection.failureDelayMs * 2 ** Math.min(attempts - 1, 3));
    throw new IamError('InvalidClientTokenId', 'the sign-in credentials are not valid');
  }

  private async auditFailure(input: SignInInput, request: SignInRequest, errorCode: string): Promise<void> {
    const attempted = await attemptedPrincipal(this.options.store, input);
    await this.options.store.audit.record({
      action: SIGN_IN_ACTION,
      decision: 'Deny',
      accountId: attempted.accountId,
      principalArn: attempted.principalArn,
      resource: attempted.principalArn,
      requestId: request.requestId,
      sourceIp: request.facts.sourceIp,
      userAgent: request.facts.userAgent ?? null,
      errorCode,
      details: { method: input.kind, name: attempted.name },
      occurredAt: request.facts.now,
    });
  }

  private async startSession(
    input: SignInInput,
    p: VerifiedPrincipal,
    request: SignInRequest,
  ): Promise<SignInResult> {
    const { store, tokens, sessionSeconds } = this.options;
    const issuedAt = request.facts.now;
    const expiresAt = new Date(issuedAt.getTime() + sessionSeconds * 1000);
    const { session } = await store.sessions.create(
      {
        accountId: p.accountId,
        principalType: p.type,
        source: input.kind === 'accessKey' ? 'accessKey' : 'signIn',
        ...(p.userId === undefined ? {} : { userId: p.userId }),
        ...(p.passwordResetRequired ? { sessionPolicy: PASSWORD_RESET_SESSION_POLICY } : {}),
        sourceIp: request.facts.sourceIp,
        issuedAt,
        expiresAt,
      },
      {
        audit: {
          action: SIGN_IN_ACTION,
          decision: 'Allow',
          accountId: p.accountId,
          principalArn: p.arn,
          principalId: p.id,
          resource: p.arn,
          requestId: request.requestId,
          sourceIp: request.facts.sourceIp,
          userAgent: request.facts.userAgent ?? null,
          details: { method: input.kind, passwordResetRequired: p.passwordResetRequired },
          occurredAt: issuedAt,
        },
      },
    );
    const issued = await tokens.issue(
      {
        sub: p.id,
        sid: session.id,
        arn: p.arn,
        acct: p.accountId,
        ptyp: p.type,
        ...(p.userName === undefined ? {} : { name: p.userName }),
        tags: Object.fromEntries(p.tags.map((t) => [t.key, t.value])),
      },
      issuedAt,
      expiresAt,
    );
    return {
      token: issued.token,
      expiresAt: issued.expiresAt,
      sessionId: session.id,
      principalArn: p.arn,
      accountId: p.accountId,
      passwordResetRequired: p.passwordResetRequired,
    };
  }
}
