import type { AttemptedPrincipal, SignInCompletion, Store, ThrottleRule } from '@iamgate/store';
import type { RequestFacts } from '../authz/request-context.js';
import type { SignInProtection } from '../config/gateway-config.js';
import { errorCodeOf } from '../errors/error-code-of.js';
import { IamError } from '../errors/iam-error.js';
import type { LockoutScope } from '../metrics/gateway-metrics.js';
import { type MfaProof, proveMfa } from '../mfa/mfa-proof.js';
import { authenticationMethods } from '../tokens/authentication-methods.js';
import type { TokenService } from '../tokens/token-service.js';
import { HIDDEN_NAME } from './attempted-principal.js';
import { PASSWORD_RESET_SESSION_POLICY } from './password-reset-policy.js';
import type { SignInInput, SignInResult } from './sign-in-input.js';

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
 * caller (`InvalidClientTokenId`), so it cannot learn which names exist. Two statements whatever the outcome
 * (`store.signIn`): the reservation with the reads, then the session with its audit event, or the failure's audit
 * event.
 */
/**
 * Access keys are not locked out by their id: ids are not secret (CloudTrail records them), so a lockout per key id
 * would let anyone who saw one shut the key's owner out, while a 40-character random secret (about 238 bits) gains
 * nothing from one. Their wrong secrets still count towards the source address's lockout.
 */
const UNGUESSABLE_SECRET_ATTEMPTS = 2_147_483_647; // the counter is an SQL int: as good as no limit

export class SignInService {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly onLockout: (scope: LockoutScope) => void;

  constructor(private readonly options: SignInServiceOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.onLockout = options.onLockout ?? (() => {});
  }

  private rule(maxAttempts: number): ThrottleRule {
    const { windowSeconds } = this.options.protection;
    return { maxAttempts, windowSeconds, lockoutSeconds: windowSeconds };
  }

  /**
   * Signs in, or throws `InvalidClientTokenId` (bad credentials) or `Throttling` (locked out, or too many password
   * checks waiting in this process: that attempt is not counted).
   */
  async signIn(input: SignInInput, request: SignInRequest): Promise<SignInResult> {
    const { store, protection } = this.options;
    const now = request.facts.now;
    const check = await store.signIn.check({
      credentials: input,
      sourceIp: request.facts.sourceIp,
      limits: {
        principal: this.rule(
          input.kind === 'accessKey' ? UNGUESSABLE_SECRET_ATTEMPTS : protection.maxFailuresPerPrincipal,
        ),
        source: this.rule(protection.maxFailuresPerSource),
      },
      now,
    });
    switch (check.outcome) {
      case 'locked': {
        const max =
          check.scope === 'principal' ? protection.maxFailuresPerPrincipal : protection.maxFailuresPerSource;
        // The first attempt past the limit is the one that starts the lockout.
        if (check.attempts === max + 1) this.onLockout(check.scope);
        await this.auditFailure(input, request, check.attempted, 'Throttling');
        const seconds = Math.max(1, Math.ceil((check.retryAt.getTime() - now.getTime()) / 1000));
        throw new IamError(
          'Throttling',
          `too many failed sign-ins: try again in ${seconds} seconds`,
          { retryAfterSeconds: seconds },
          { 'retry-after': String(seconds) },
        );
      }
      case 'unchecked':
        // The attempt was given back; the error (`Throttling` from a full hash queue) is the answer.
        await this.auditFailure(input, request, check.attempted, errorCodeOf(check.error)).catch(
          () => undefined,
        );
        throw check.error;
      case 'invalid':
        return this.fail(input, request, check.attempted, check.attempts);
      case 'valid': {
        const mfa = await this.checkMfa(input, check.completion, request, check.attempted, check.attempts);
        return this.startSession(input, check.completion, request, mfa);
      }
    }
  }

  /**
   * The second factor of a password sign-in, when the principal has an MFA device enabled: without a code the
   * answer is `MfaRequired` (the attempt stays counted until a sign-in succeeds); a wrong, stale or replayed code
   * fails exactly like a wrong password, counted and slowed down, so codes are throttled like passwords. Access
   * keys need no code: as in AWS, MFA for programmatic access comes from `getSessionToken(serialNumber, tokenCode)`.
   */
  private async checkMfa(
    input: SignInInput,
    completion: SignInCompletion,
    request: SignInRequest,
    attempted: AttemptedPrincipal,
    attempts: number,
  ): Promise<MfaProof | undefined> {
    const p = completion.principal;
    if (input.kind === 'accessKey' || !p.hasMfa) return undefined;
    const { store } = this.options;
    const devices = await store.mfaDevices.secretsFor(p.accountId, p.userId ?? null);
    if (devices.length === 0) return undefined;
    if (input.mfaCode === undefined || input.mfaCode === '') {
      await this.auditFailure(input, request, attempted, 'MfaRequired');
      throw new IamError('MfaRequired', 'this principal signs in with an MFA code: give `mfaCode`');
    }
    const proof = await proveMfa(store, devices, input.mfaCode, input.serialNumber, request.facts.now);
    if (proof === undefined) return this.fail(input, request, attempted, attempts);
    return proof;
  }

  private async fail(
    input: SignInInput,
    request: SignInRequest,
    attempted: AttemptedPrincipal,
    attempts: number,
  ): Promise<never> {
    await this.auditFailure(input, request, attempted, 'InvalidClientTokenId');
    // Exponential slow-down per recent attempt, capped at 8x, on top of the constant-time password check.
    await this.sleep(this.options.protection.failureDelayMs * 2 ** Math.min(attempts - 1, 3));
    throw new IamError('InvalidClientTokenId', 'the sign-in credentials are not valid');
  }

  private async auditFailure(
    input: SignInInput,
    request: SignInRequest,
    attempted: AttemptedPrincipal,
    errorCode: string,
  ): Promise<void> {
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
      details: { method: input.kind, name: attempted.name ?? HIDDEN_NAME },
      occurredAt: request.facts.now,
    });
  }

  /**
   * Signs the session's token first, for a session id chosen here, then finishes the sign-in in one statement (the
   * session, its audit event, the throttle reset and the credential's use), so nothing is written for a token that
   * was never made.
   */
  private async startSession(
    input: SignInInput,
    completion: SignInCompletion,
    request: SignInRequest,
    mfa: MfaProof | undefined,
  ): Promise<SignInResult> {
    const { store, tokens, sessionSeconds } = this.options;
    const p = completion.principal;
    const issuedAt = request.facts.now;
    const expiresAt = new Date(issuedAt.getTime() + sessionSeconds * 1000);
    const sessionId = store.sessions.newId();
    const issued = await tokens.issue(
      {
        sub: p.id,
        sid: sessionId,
        arn: p.arn,
        acct: p.accountId,
        ptyp: p.type,
        ...(p.userName === undefined ? {} : { name: p.userName }),
        tags: Object.fromEntries(p.tags.map((t) => [t.key, t.value])),
        ...authenticationMethods(input.kind === 'accessKey' ? 'swk' : 'pwd', mfa?.authenticatedAt),
      },
      issuedAt,
      expiresAt,
    );
    await store.signIn.succeed(
      completion,
      {
        id: sessionId,
        accountId: p.accountId,
        principalType: p.type,
        source: input.kind === 'accessKey' ? 'accessKey' : 'signIn',
        ...(p.userId === undefined ? {} : { userId: p.userId }),
        ...(p.passwordResetRequired ? { sessionPolicy: PASSWORD_RESET_SESSION_POLICY } : {}),
        ...(mfa === undefined ? {} : { mfaAuthenticated: true, mfaAuthenticatedAt: mfa.authenticatedAt }),
        sourceIp: request.facts.sourceIp,
        issuedAt,
        expiresAt,
      },
      {
        action: SIGN_IN_ACTION,
        decision: 'Allow',
        accountId: p.accountId,
        principalArn: p.arn,
        principalId: p.id,
        resource: p.arn,
        requestId: request.requestId,
        sourceIp: request.facts.sourceIp,
        userAgent: request.facts.userAgent ?? null,
        details: {
          method: input.kind,
          passwordResetRequired: p.passwordResetRequired,
          mfaAuthenticated: mfa !== undefined,
          ...(mfa === undefined ? {} : { mfaSerialNumber: mfa.serialNumber }),
        },
        occurredAt: issuedAt,
      },
    );
    return {
      token: issued.token,
      expiresAt: issued.expiresAt,
      sessionId,
      principalArn: p.arn,
      accountId: p.accountId,
      passwordResetRequired: p.passwordResetRequired,
      mfaAuthenticated: mfa !== undefined,
    };
  }
}
