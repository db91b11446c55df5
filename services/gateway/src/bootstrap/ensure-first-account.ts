import { type Account, isStoreError, type Store } from '@iamgate/store';
import type { GatewayConfig } from '../config/gateway-config.js';
import { generatePassword } from './generate-password.js';

/** The operator account, and the root password when it was just generated (to be shown once). */
export interface FirstAccount {
  account: Account;
  created: boolean;
  /** Only when the account was created now with a generated password. */
  generatedPassword: string | undefined;
}

/**
 * On first start (no account yet) creates the operator account and its root user, with the configured e-mail and
 * password or a generated one. Later starts find it again: the account of `IAMGATE_ROOT_EMAIL`, else the first
 * account. Safe when several instances start at once on one database: the loser of the race finds the winner's.
 */
export async function ensureFirstAccount(store: Store, config: GatewayConfig): Promise<FirstAccount> {
  const existing = await findOperator(store, config);
  if (existing !== undefined) return { account: existing, created: false, generatedPassword: undefined };
  const generatedPassword = config.rootPassword === undefined ? generatePassword() : undefined;
  try {
    const account = await store.accounts.create(
      {
        rootEmail: config.rootEmail,
        rootPassword: config.rootPassword ?? (generatedPassword as string),
        ...(config.accountAlias === undefined ? {} : { alias: config.accountAlias }),
      },
      { audit: { action: 'iamgate:CreateAccount', decision: 'Allow', details: { reason: 'first start' } } },
    );
    return { account, created: true, generatedPassword };
  } catch (error) {
    if (!isStoreError(error, 'EntityAlreadyExists')) throw error;
    const raced = await findOperator(store, config);
    if (raced === undefined) throw error;
    return { account: raced, created: false, generatedPassword: undefined };
  }
}

async function findOperator(store: Store, config: GatewayConfig): Promise<Account | undefined> {
  const byEmail = await store.accounts.findByRootEmail(config.rootEmail);
  if (byEmail !== undefined) return byEmail;
  return (await store.accounts.list({ first: 1 })).edges[0]?.node;
}
