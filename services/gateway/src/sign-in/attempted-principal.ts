import type { Store } from '@iamgate/store';
import type { SignInInput } from './sign-in-input.js';

/** CloudTrail's placeholder for a user name that matched no user (it may be a mistyped password). */
export const HIDDEN_NAME = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/** Whom a failed sign-in was for, as far as the audit log should say. */
export interface AttemptedPrincipal {
  accountId: string | null;
  principalArn: string | null;
  /** What the caller typed as the name, or `HIDDEN_NAME` when it matched nobody. */
  name: string;
}

/**
 * Attributes a failed sign-in to the account and principal it named, so the account's administrators see attempts
 * on their users in their audit log. A name that matches nobody is hidden, as CloudTrail does for console sign-ins
 * (`awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html`), because people
 * type passwords into the name field. The caller's answer is the same either way.
 */
export async function attemptedPrincipal(store: Store, input: SignInInput): Promise<AttemptedPrincipal> {
  switch (input.kind) {
    case 'root': {
      const account = await store.accounts.findByRootEmail(input.email);
      return account
        ? { accountId: account.id, principalArn: account.rootArn, name: account.rootEmail }
        : { accountId: null, principalArn: null, name: HIDDEN_NAME };
    }
    case 'user': {
      const account = await store.accounts.find(input.account);
      const user = account ? await store.users.find(account.id, input.userName) : undefined;
      return {
        accountId: account?.id ?? null,
        principalArn: user?.arn ?? null,
        name: user?.name ?? HIDDEN_NAME,
      };
    }
    case 'accessKey':
      // Access key ids are not secret (CloudTrail records them); the key's account is not looked up.
      return { accountId: null, principalArn: null, name: input.accessKeyId };
  }
}
