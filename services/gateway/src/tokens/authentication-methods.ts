import type { SessionClaimsInput } from '@iamgate/policy/contracts';

/** How the principal proved who it is, as RFC 8176 names it: a password, or a software-held key (access key). */
export type PrimaryMethod = 'pwd' | 'swk';

/**
 * The `amr` and `auth_time` claims of a session token (RFC 8176, OpenID Connect Core section 2): the primary
 * method when the session is its own sign-in, plus `mfa` and `otp` when an MFA code was checked, with `auth_time`
 * the moment it was. `@iamgate/middleware` reads them as `aws:MultiFactorAuthPresent` and
 * `aws:MultiFactorAuthAge`, which the gateway sets from the session row.
 */
export function authenticationMethods(
  primary: PrimaryMethod | undefined,
  mfaAt: Date | null | undefined,
): Pick<SessionClaimsInput, 'amr' | 'auth_time'> {
  const amr: string[] = primary === undefined ? [] : [primary];
  if (mfaAt == null) return { amr };
  return { amr: [...amr, 'mfa', 'otp'], auth_time: Math.floor(mfaAt.getTime() / 1000) };
}
