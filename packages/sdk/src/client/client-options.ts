import type { CredentialsInput } from '../credentials/to-provider.js';
import type { FetchLike } from '../transport/fetch-like.js';
import type { RetryOptions } from '../transport/retry-policy.js';

/** Options of `createClient`. */
export interface ClientOptions {
  /**
   * The gateway's GraphQL endpoint, e.g. `https://iam.example.com/graphql`; a URL without a path gets `/graphql`.
   */
  url: string | URL;
  /**
   * Who the client acts as: a provider (`fromAccessKey`, `fromPassword`, `fromEnv`, ...) or the plain values of one.
   * Without credentials the client is anonymous, which only `signIn` allows.
   */
  credentials?: CredentialsInput;
  /** How requests are sent; `globalThis.fetch` by default. Pass `gateway.fetch` to talk to a gateway in process. */
  fetch?: FetchLike;
  /** Retries of network failures and 502/503/504 (never of GraphQL errors); `false` for none. */
  retry?: RetryOptions | false;
  /** Headers sent with every request. */
  headers?: Readonly<Record<string, string>>;
  /** The clock that decides when sessions are renewed; the system clock by default. */
  now?: () => Date;
  /**
   * How long one attempt of a request may wait for the gateway's whole answer, in milliseconds (30,000 by default;
   * 0 waits for ever). An attempt that runs out is a network failure, retried as `retry` says, so a gateway that
   * never answers cannot hang the client. Subscriptions are not bound by it.
   */
  requestTimeoutMs?: number;
  /**
   * Whether operations are sent by their trusted document ids (`documentId`, GraphQL over HTTP's persisted
   * documents) instead of their text: smaller requests that the gateway need not parse, and the only way through a
   * gateway that runs only trusted documents (`IAMGATE_TRUSTED_DOCUMENTS=only`). True by default. A gateway that does
   * not know an id (an older one) answers `PersistedDocumentNotFound`, and the client sends that operation's text
   * to it from then on.
   */
  sendDocumentIds?: boolean;
}
