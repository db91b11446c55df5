/** The three ways to sign in. */
export type SignInInput =
  | { kind: 'root'; email: string; password: string }
  /** An IAM user of the account given by its 12-digit id or its alias. */
  | { kind: 'user'; account: string; userName: string; password: string }
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
}
