/**
 * Names of fields whose values are secrets: passwords (`password`, `newPassword`, `rootPassword`...), secrets
 * (`secretAccessKey`, `secret`), tokens (`token`, `sessionToken`, `tokenCode`), `authorization` and `cookie` headers,
 * private keys, MFA codes and seeds (`authenticationCode1`, `mfaCode`, `base32StringSeed`, `otpauthUri`): a code not
 * yet spent is as good as a password for its 30 seconds. Matched anywhere in the name, ignoring case, so new fields named after what they hold are covered without
 * a list to maintain. One list for every place that writes caller data down: the audit log (`redact`) and the
 * process log (`redactFields`).
 */
export const SECRET_KEY =
  /password|secret|token|authorization|cookie|privatekey|authenticationcode|mfacode|seed|otpauth/i;

/** What replaces a secret's value. */
export const REDACTED = '[redacted]';

/** Whether a field named `key` holds a secret. */
export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key);
}
