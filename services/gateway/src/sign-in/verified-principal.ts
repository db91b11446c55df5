import type { Store } from '@iamgate/store';
import type { SignInInput } from './sign-in-input.js';

/** Who a sign-in proved to be. */
export interface VerifiedPrincipal {
  type: 'root' | 'user';
  accountId: string;
  arn: string;
  /** Unique id: the account id for root, the user id for users. */
  id: string;
  userId: string | undefined;
  userName: string | undefined;
  tags: { key: string; value: string }[];
  passwordResetRequired: boolean;
  /** The password expired under `HardExpiry`: only an administrator can reset it. */
  hardExpired: boolean;
}

/**
 * Checks the credentials of a sign-in with the store, which takes the same time whether the principal exists or
 * not. `null` when they do not verify, whatever the reason.
 */
export async function verifyCredentials(
  store: Store,
  input: SignInInput,
  now: Date,
): Promise<VerifiedPrincipal | null> {
  switch (input.kind) {
    case 'root': {
      const account = await store.accounts.verifyRootPassword(input.email, input.password);
      if (account === null) return null;
      return {
        type: 'root',
        accountId: account.id,
        arn: account.rootArn,
        id: account.id,
        userId: undefined,
        userName: undefined,
        tags: [],
        passwordResetRequired: false,
        hardExpired: false,
      };
    }
    case 'user': {
      const signIn = await store.loginProfiles.verify(input.account, input.userName, input.password, now);
      if (signIn === null) return null;
      const { user } = signIn;
      return {
        type: 'user',
        accountId: user.accountId,
        arn: user.arn,
        id: user.id,
        userId: user.id,
        userName: user.name,
        tags: user.tags,
        passwordResetRequired: signIn.passwordResetRequired,
        hardExpired: signIn.hardExpired,
      };
    }
    case 'accessKey': {
      const key = await store.accessKeys.verify(input.accessKeyId, input.secretAccessKey);
      if (key === null) return null;
      await store.accessKeys.recordUse(key.accessKeyId, 'iamgate:SignIn', now);
      const user = await store.users.getById(key.accountId, key.userId);
      return {
        type: 'user',
        accountId: user.accountId,
        arn: user.arn,
        id: user.id,
        userId: user.id,
        userName: user.name,
        tags: user.tags,
        passwordResetRequired: false,
        hardExpired: false,
      };
    }
  }
}
