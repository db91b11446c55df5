import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import type { CredentialProvider } from './credential-provider.js';
import { type RefreshOptions, refreshingProvider } from './refreshing-provider.js';
import { signIn } from './sign-in.js';

/** An IAM user's password and the account it belongs to. */
export interface UserPasswordCredentials {
  /** The 12-digit account id or the account alias. */
  account: string;
  userName: string;
  password: string;
}

/** The account root user's e-mail address and password. */
export interface RootPasswordCredentials {
  email: string;
  password: string;
}

/**
 * For a principal with an MFA device enabled: where each sign-in gets a current code (a code works once, so every
 * renewal asks again), like the AWS SDK's `mfaCodeProvider`, and optionally which device it is from.
 */
export interface MfaOptions {
  /** Returns the device's current six-digit code (prompt a person, or read an authenticator). */
  mfaCodeProvider?: (serialNumber: string | undefined) => Promise<string>;
  /** The serial number (ARN) of the device; any device of the principal when absent. */
  mfaSerialNumber?: string;
}

/** A password to sign in with: an IAM user's, or the root user's, with MFA when the principal has a device. */
export type PasswordCredentials = (UserPasswordCredentials | RootPasswordCredentials) & MfaOptions;

/**
 * Signs in with a password, as an IAM user (`account`, `userName`) or as the account root user (`email`), and
 * keeps the session renewed before it expires. Sessions whose password must be changed first report
 * `passwordResetRequired`.
 *
 * @example
 * const admin = createClient({ url, credentials: fromPassword({ account: 'acme', userName: 'alice', password }) });
 * const root = createClient({ url, credentials: fromPassword({ email: 'root@example.com', password }) });
 * // With MFA: every sign-in asks for a fresh code.
 * const mfa = fromPassword({ email: 'root@example.com', password, mfaCodeProvider: () => prompt('MFA code: ') });
 */
export function fromPassword(
  credentials: PasswordCredentials,
  options: RefreshOptions = {},
): CredentialProvider {
  if (!credentials.password) {
    throw new InvalidConfigurationError('a password sign-in needs a `password`', 'credentials');
  }
  const mfa = async () => {
    if (credentials.mfaCodeProvider === undefined) return {};
    const serialNumber = credentials.mfaSerialNumber;
    const mfaCode = await credentials.mfaCodeProvider(serialNumber);
    return serialNumber === undefined ? { mfaCode } : { mfaCode, serialNumber };
  };
  if ('email' in credentials) {
    const root = { email: credentials.email, password: credentials.password };
    return refreshingProvider(
      async (context, signal) => signIn(context, { root: { ...root, ...(await mfa()) } }, signal),
      options,
    );
  }
  if (!credentials.account || !credentials.userName) {
    throw new InvalidConfigurationError(
      'a user sign-in needs `account`, `userName` and `password`',
      'credentials',
    );
  }
  const user = {
    account: credentials.account,
    userName: credentials.userName,
    password: credentials.password,
  };
  return refreshingProvider(
    async (context, signal) => signIn(context, { user: { ...user, ...(await mfa()) } }, signal),
    options,
  );
}
