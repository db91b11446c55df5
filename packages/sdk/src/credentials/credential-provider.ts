import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A session the client sends with its requests. */
export interface SessionCredentials {
  /** The session token, a JWT signed by the gateway, sent as `Authorization: Bearer <token>`. */
  token: string;
  /** When the token stops working; absent when not known (a token given as it is). */
  expiresAt?: Date;
  /** The signed-in principal, when the session came from a sign-in. */
  principalArn?: string;
  accountId?: string;
  /** The session id (the token's `sid` claim). */
  sessionId?: string;
  /** The session may only change its password until it does (`changePassword`). */
  passwordResetRequired?: boolean;
}

/** What a provider may use of the client that asks it: the gateway it talks to, and its clock. */
export interface CredentialContext {
  /**
   * Runs an operation on the client's gateway, anonymously or with `token`; retried on network errors like every
   * request of the client. Providers sign in (or assume a role) through it.
   */
  execute<R, V>(
    document: TypedDocumentNode<R, V>,
    variables: V,
    options?: { token?: string; signal?: AbortSignal },
  ): Promise<R>;
  /** The client's clock (`createClient({ now })`). */
  now(): Date;
}

/** Options of one `resolve`. */
export interface ResolveOptions {
  /** Discard cached credentials and obtain new ones (the client does so once after `ExpiredToken`). */
  forceRefresh?: boolean;
  signal?: AbortSignal;
}

/**
 * Where a client gets its session from, in the manner of the AWS SDK's credential providers: `fromAccessKey`,
 * `fromPassword`, `fromSessionToken`, `fromEnv`, or your own. A provider that signs in caches its session and
 * renews it before it expires (see `refreshingProvider`); one provider instance holds one session, so give each
 * gateway its own.
 *
 * @example
 * const vault: CredentialProvider = {
 *   async resolve() {
 *     return { token: await readTokenFromVault() };
 *   },
 * };
 * const client = createClient({ url, credentials: vault });
 */
export interface CredentialProvider {
  /** The credentials to send now. */
  resolve(context: CredentialContext, options?: ResolveOptions): Promise<SessionCredentials>;
}
