/** The Postgres channel change notifications are sent on. */
export const CHANGE_CHANNEL = 'iamgate_changes';

/**
 * What a change notification carries. `account`: an identity, policy or session revocation of the account changed
 * and its revision is now `revision`. `signingKeys`: a signing key was created, rotated or retired.
 */
export type ChangeEvent = { type: 'account'; accountId: string; revision: number } | { type: 'signingKeys' };

/** Receives change notifications after the change committed. */
export type ChangeListener = (event: ChangeEvent) => void;

/** Parses a notification payload; anything unexpected (another writer on the channel) is ignored. */
export function parseChangeEvent(payload: string): ChangeEvent | undefined {
  try {
    const value = JSON.parse(payload) as Partial<{ type: string; accountId: string; revision: number }>;
    if (
      value.type === 'account' &&
      typeof value.accountId === 'string' &&
      typeof value.revision === 'number'
    ) {
      return { type: 'account', accountId: value.accountId, revision: value.revision };
    }
    if (value.type === 'signingKeys') return { type: 'signingKeys' };
  } catch {
    // not ours
  }
  return undefined;
}
