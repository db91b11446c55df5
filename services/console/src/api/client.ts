import { createClient, fromSessionToken, type IamgateClient } from '@iamgate/sdk';

/** The gateway's GraphQL endpoint: the console is served by the gateway (or proxied to it by `pnpm dev`). */
export function graphqlUrl(): string {
  return new URL('/graphql', window.location.origin).href;
}

/**
 * A client acting with `token`, or an anonymous one (sign-in, sign-up). The SDK's retries are kept short: a person
 * is waiting, and a failed call shows its error with a way to try again.
 */
export function consoleClient(token?: string): IamgateClient {
  return createClient({
    url: graphqlUrl(),
    ...(token === undefined ? {} : { credentials: fromSessionToken(token) }),
    retry: { maxAttempts: 2 },
  });
}
