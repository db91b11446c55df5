import type { AssumeRoleMutation } from '../generated/graphql.js';
import type { SessionCredentials } from './credential-provider.js';

/** The answer of `assumeRole` and `assumeWorkloadRole`. */
export type AssumeRolePayload = AssumeRoleMutation['assumeRole'];

/** The session credentials of an assumed role: its token, expiry and the assumed-role principal. */
export function roleSessionCredentials(payload: AssumeRolePayload): SessionCredentials {
  // arn:<partition>:sts::<account>:assumed-role/<RoleName>/<SessionName>
  const account = payload.assumedRoleUser.arn.split(':')[4];
  return {
    token: payload.credentials.sessionToken,
    expiresAt: new Date(payload.credentials.expiration),
    principalArn: payload.assumedRoleUser.arn,
    sessionId: payload.credentials.sessionId,
    ...(account ? { accountId: account } : {}),
  };
}
