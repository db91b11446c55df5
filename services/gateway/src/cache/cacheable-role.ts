import type { Role } from '@iamgate/store';

/** An IAM ARN's account: `arn:<partition>:iam::<account>:...`. */
const IAM_ARN_ACCOUNT = /arn:[^:"]*:iam::([^:"]*):/g;

/**
 * Whether a role may be kept in the entity cache, which follows the role's own account's revision only. Its trust
 * policy is shown with what each user or role it names is now (`Role.assumeRolePolicyDocument`): a principal of
 * another account as written while it exists, and as its unique id once deleted, which happens under that other
 * account's revision. A role whose shown trust policy names an IAM ARN of another account is therefore read from
 * the store every time (a name shown as a unique id is final: a deleted entity does not come back). The document
 * is parsed and printed again first, so that JSON escapes (`\u0061rn`, `\/`) cannot hide an ARN from the check.
 */
export function isCacheableRole(role: Role): boolean {
  let text: string;
  try {
    text = JSON.stringify(JSON.parse(role.assumeRolePolicyDocument));
  } catch {
    return false;
  }
  for (const [, account] of text.matchAll(IAM_ARN_ACCOUNT)) {
    if (account !== role.accountId) return false;
  }
  return true;
}
