import type { Store } from '@iamgate/store';
import type { SignInInput } from './sign-in-input.js';

/** The two counters a sign-in attempt is reserved on. */
export interface ThrottleKeys {
  /** The principal the attempt names (see `principalKey`). */
  principal: string;
  /** The address it came from. */
  source: string;
}

/**
 * The throttle key of the principal a sign-in names, whether or not it exists: the root user by e-mail, an IAM
 * user by account *id* and name (an alias is resolved, so id and alias share one count, and names are
 * case-insensitive as IAM's are), an access key by its id. When the account does not exist the typed text stands
 * in for it: those attempts are counted too, which is what keeps lockouts from revealing which names exist.
 */
export async function principalKey(store: Store, input: SignInInput): Promise<string> {
  switch (input.kind) {
    case 'root':
      return `root:${input.email.trim().toLowerCase()}`;
    case 'user': {
      const account = await store.accounts.find(input.account.trim());
      const accountKey = account?.id ?? input.account.trim().toLowerCase();
      return `user:${accountKey}/${input.userName.toLowerCase()}`;
    }
    case 'accessKey':
      return `key:${input.accessKeyId}`;
  }
}

/** The throttle key of a source address. */
export function sourceKey(sourceIp: string): string {
  return `ip:${sourceIp}`;
}
