import type { PolicyDocument } from '@iamgate/policy';

/**
 * The session policy of a session whose password must be changed first: it can only read the password policy and
 * change its own password, as AWS's console forces (`IAM/latest/UserGuide/id_credentials_passwords_admin-change-user.html`).
 * As a session policy it only narrows: the user still needs `iam:ChangePassword` from a policy or from the
 * password policy's `AllowUsersToChangePassword`.
 */
export const PASSWORD_RESET_SESSION_POLICY: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'OnlyChangePassword',
      Effect: 'Allow',
      Action: ['iam:ChangePassword', 'iam:GetAccountPasswordPolicy'],
      Resource: '*',
    },
  ],
};
