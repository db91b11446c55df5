/**
 * CloudTrail's placeholder for a user name that matched no user (it may be a mistyped password): a failed sign-in
 * whose name matched nobody is audited under it, as CloudTrail does for console sign-ins
 * (`awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`), while attempts on
 * real principals are attributed to their account and ARN (the store's `AttemptedPrincipal`), so the account's
 * administrators see them. The caller's answer is the same either way.
 */
export const HIDDEN_NAME = 'HIDDEN_DUE_TO_SECURITY_REASONS';
