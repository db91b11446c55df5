/**
 * The code of an MFA device, for a password sign-in of a principal that has one enabled (`serialNumber` picks the
 * device; any of its devices otherwise).
 */
export interface MfaCodeInput {
  mfaCode?: string | undefined;
  serialNumber?: string | undefined;
}

/** The three ways to sign in. */
export type SignInInput =
  | ({ kind: 'root'; email: string; password: string } & MfaCodeInput)
  /** An IAM user of the account given by its 12-digit id or its alias. */
  | ({ kind: 'user'; account: string; userName: string; password: string } & MfaCodeInput)
  | { kind: 'accessKey'; accessKeyId: string; secretAccessKey: string };

/** A successful sign-in: the session token and what it is for. */
export interface SignInResult {
  token: string;
  expiresAt: Date;
  sessionId: string;
  principalArn: string;
  accountId: string;
  /**
   * The password must be changed before anything else; the session may only call `changePassword` and
   * `getAccountPasswordPolicy` (`IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html`).
   */
  passwordResetRequired: boolean;
  /** Whether an MFA code was checked (`aws:MultiFactorAuthPresent` of the session). */
  mfaAuthenticated: boolean;
}
