import type { TrustProxy } from '@iamgate/policy';
import type { FederationSettings } from './federation-config.js';

/** Limits applied to every GraphQL request before it runs (see `src/hardening/`). */
export interface RequestLimits {
  /** Maximum selection depth of an operation. */
  maxDepth: number;
  /** Maximum number of aliased fields in an operation. */
  maxAliases: number;
  /**
   * Maximum number of fields and fragment spreads in a document, fragments expanded as they run (all its
   * operations, and fragments none uses): bounds the pairwise comparisons of GraphQL validation.
   */
  maxSelections: number;
  /** Maximum number of lexical tokens in a document; parsing stops past it. */
  maxTokens: number;
  /** Maximum estimated cost (fields weighted by the page sizes they ask for). */
  maxCost: number;
  /** Maximum operations in one batched HTTP request; 0 turns batching off. */
  maxBatch: number;
  /** Maximum request body size in bytes. */
  maxBodyBytes: number;
  /** Maximum `first` of a connection; also AWS's `MaxItems` ceiling. */
  maxPageSize: number;
}

/**
 * Who may create an account without being a principal of the operator account (`signUp`). `closed`: nobody (the
 * operator account's principals create accounts with `createAccount`, allowed `organizations:CreateAccount`);
 * `invite`: the holders of an invitation the operator account made (`createAccountInvitation`); `open`: anyone;
 * both at most `maxPerSource` accounts per source address within `windowSeconds`.
 */
export interface SignUpSettings {
  mode: 'closed' | 'invite' | 'open';
  maxPerSource: number;
  windowSeconds: number;
}

/** How failed sign-ins are slowed down and locked out. */
export interface SignInProtection {
  /** Failures for one principal within `windowSeconds` before it is locked. */
  maxFailuresPerPrincipal: number;
  /** Failures from one source address within `windowSeconds` before it is locked. */
  maxFailuresPerSource: number;
  /** The window in which failures are counted; a lockout lasts until the oldest counted failure leaves it. */
  windowSeconds: number;
  /** Delay added to every failed sign-in, doubled per recent failure up to 8 times this value. */
  failureDelayMs: number;
}

/**
 * How long anything may wait, in milliseconds, so that no fault ends in a hang (docs/OPERATIONS.md). 0 turns a
 * deadline off.
 */
export interface Deadlines {
  /** A request that has not started its response by then answers a retryable `ServiceUnavailable` (503). */
  requestMs: number;
  /** `/readyz` reports not ready when the database does not answer a trivial statement within this. */
  readinessMs: number;
  /** Postgres: `statement_timeout`, `idle_in_transaction_session_timeout` and the connect timeout. */
  statementMs: number;
  /** PGlite: a transaction still open after this is rolled back with `ServiceUnavailable`. */
  transactionMs: number;
  /** After SIGTERM: how long `/readyz` answers 503 while still serving, so load balancers stop sending traffic. */
  drainMs: number;
  /** After draining: how long in-flight requests may take before the process exits anyway. */
  shutdownMs: number;
}

/** Token settings: who issues them, for whom, and for how long. */
export interface TokenSettings {
  /** `iss` of every token; the gateway's public URL by default. */
  issuer: string;
  /** `aud` of every token. */
  audience: string;
  /** Lifetime of a sign-in session in seconds. */
  sessionSeconds: number;
  /** `EdDSA` (Ed25519) or `ES256` (P-256) for new signing keys. */
  algorithm: 'EdDSA' | 'ES256';
}

/** Prometheus metrics (docs/OPERATIONS.md, "Metrics and tracing"). */
export interface MetricsSettings {
  /** Serve Prometheus metrics at `/metrics` and collect them; off by default, and then nothing is collected. */
  enabled: boolean;
  /**
   * When set, `/metrics` answers only `Authorization: Bearer <token>` (Prometheus' `authorization` scrape setting),
   * for a gateway whose port is reachable by people who should not read its counters.
   */
  token: string | undefined;
}

/** OpenTelemetry tracing (docs/OPERATIONS.md, "Metrics and tracing"). */
export interface TracingSettings {
  /** Trace requests and export the spans over OTLP/HTTP; off by default, and then no span is made. */
  enabled: boolean;
  /** Where spans are sent: an OTLP/HTTP traces endpoint (`.../v1/traces`). */
  endpoint: string;
  /** `service.name` of the spans. */
  serviceName: string;
}

/** The web console served at `/console` (`services/console`, built with Vite). */
export interface ConsoleSettings {
  /** Serve the console; `IAMGATE_CONSOLE=false` turns `/console` off (it then answers 404). */
  enabled: boolean;
  /** The absolute folder of the built console (its `index.html` and `assets/`). */
  dir: string;
}

/** Everything the gateway reads from its environment, validated. Build one with `loadConfig`. */
export interface GatewayConfig {
  port: number;
  host: string;
  /** The URL people reach the gateway at; used for `iss` and the start banner. */
  publicUrl: string;
  /** Postgres connection string; PGlite in `dataDir` when absent. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** ARN partition, `arn:<partition>:iam::...`. */
  partition: string;
  rootEmail: string;
  /** When absent on first start a strong password is generated and printed once. */
  rootPassword: string | undefined;
  /** The first account's alias, set on first start when given. */
  accountAlias: string | undefined;
  /** Key-encryption secret for signing keys at rest; generated into `dataDir` when absent and on PGlite. */
  secretKey: string | undefined;
  tokens: TokenSettings;
  /** Allowed CORS origins; empty means cross-origin requests are refused. `*` allows any. */
  corsOrigins: string[];
  introspection: boolean;
  /** GraphiQL at `/graphql` for browsers; never under `trustedDocuments: 'only'`, where its documents would be refused. */
  graphiql: boolean;
  /**
   * Which GraphQL documents run: `allow` runs any document, sent as text or as a trusted document's id; `only` runs
   * the trusted documents alone (the SDK's operations, `schema/trusted-documents.json`), by id or by their exact text,
   * and refuses every other document with `UntrustedDocument`.
   */
  trustedDocuments: TrustedDocumentsMode;
  /**
   * The proxies whose `X-Forwarded-For` / `X-Forwarded-Proto` are believed for `aws:SourceIp`,
   * `aws:SecureTransport` and the per-address sign-in lockout: none (`false`), a hop count, or their addresses and
   * CIDR blocks (see `readTrustProxy`).
   */
  trustProxy: TrustProxy;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  limits: RequestLimits;
  signIn: SignInProtection;
  signUp: SignUpSettings;
  /** Days a closed account's data is kept before it is deleted (AWS's post-closure period is 90). */
  closedAccountRetentionDays: number;
  deadlines: Deadlines;
  metrics: MetricsSettings;
  tracing: TracingSettings;
  /** OpenID Connect issuers of `assumeRoleWithWebIdentity` (`IAMGATE_OIDC_*`). */
  federation: FederationSettings;
  /** The web console at `/console` (`IAMGATE_CONSOLE`, `IAMGATE_CONSOLE_DIR`). */
  console: ConsoleSettings;
}

/** `IAMGATE_TRUSTED_DOCUMENTS`: whether documents other than the trusted ones run. */
export type TrustedDocumentsMode = 'allow' | 'only';

/** Whether GraphiQL is served: asked for, with the introspection it needs, and free to send its own documents. */
export function servesGraphiql(
  config: Pick<GatewayConfig, 'graphiql' | 'introspection' | 'trustedDocuments'>,
): boolean {
  return config.graphiql && config.introspection && config.trustedDocuments !== 'only';
}
