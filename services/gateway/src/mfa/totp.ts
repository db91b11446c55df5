import { HOTP, Secret, TOTP } from 'otpauth';

/**
 * TOTP (RFC 6238) as every authenticator app and AWS's virtual MFA devices use it: HMAC-SHA1, 6 digits, 30-second
 * steps. The codes themselves come from `otpauth`; what is iamgate's is which steps count.
 */
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
const CODE = /^\d{6}$/;

/** Steps either side of now a sign-in or STS code may be from (RFC 6238 section 5.2 recommends one). */
export const CODE_WINDOW = 1;
/**
 * Steps back that `enableMFADevice` and `resyncMFADevice` search for two consecutive codes: a device whose clock
 * drifted, or a person who typed slowly, still pairs within ten minutes.
 */
export const PAIR_WINDOW = 20;

/** Whether `code` has the shape of a TOTP code (six digits). */
export function isTotpCode(code: string): boolean {
  return CODE.test(code);
}

/** The time step of `now`. */
export function stepAt(now: Date): number {
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp: now.getTime() });
}

function codeAt(secret: Secret, step: number): string {
  return HOTP.generate({ secret, counter: step, digits: DIGITS });
}

/** The step of `code` within `CODE_WINDOW` of `now`, later than `after`, or undefined. */
export function stepOfCode(seed: string, code: string, now: Date, after: number | null): number | undefined {
  if (!isTotpCode(code)) return undefined;
  const secret = Secret.fromBase32(seed);
  const current = stepAt(now);
  for (let step = current - CODE_WINDOW; step <= current + CODE_WINDOW; step++) {
    if (after !== null && step <= after) continue;
    if (codeAt(secret, step) === code) return step;
  }
  return undefined;
}

/**
 * The step of `second` when `first` and `second` are the codes of two consecutive steps within `PAIR_WINDOW` steps
 * before now (or the next step), later than `after`; undefined otherwise (`API_EnableMFADevice.html`).
 */
export function stepOfPair(
  seed: string,
  first: string,
  second: string,
  now: Date,
  after: number | null,
): number | undefined {
  if (!isTotpCode(first) || !isTotpCode(second)) return undefined;
  const secret = Secret.fromBase32(seed);
  const current = stepAt(now);
  for (let step = current + 1; step > current - PAIR_WINDOW; step--) {
    if (after !== null && step - 1 <= after) break;
    if (codeAt(secret, step) === second && codeAt(secret, step - 1) === first) return step;
  }
  return undefined;
}

/** The code of `seed` at `now`: what an authenticator app shows (tests and the CLI's examples use it). */
export function totpCode(seed: string, now: Date): string {
  return codeAt(Secret.fromBase32(seed), stepAt(now));
}

/**
 * The `otpauth://totp/...` URI (Google Authenticator's key URI format) that authenticator apps import, usually as a
 * QR code: `issuer` names the service, `label` the account in it.
 */
export function otpauthUri(seed: string, issuer: string, label: string): string {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(seed),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
  }).toString();
}
