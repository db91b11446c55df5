import { ConfigError } from './config-error.js';
import { readConsoleSettings } from './console-config.js';
import { type Env, EnvReader } from './env-reader.js';
import { readFederationSettings } from './federation-config.js';
import type { GatewayConfig } from './gateway-config.js';
import { readMetricsSettings, readTracingSettings } from './observability-config.js';
import { readTrustProxy } from './trust-proxy-setting.js';

const PARTITION = /^[a-z][a-z0-9-]{0,31}$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
const ALIAS = /^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$/;

/**
 * Reads and validates the gateway's configuration from environment variables. Every problem is reported at once
 * in a `ConfigError`; the README lists every variable.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: Env = process.env): GatewayConfig {
  const r = new EnvReader(env);
  const port = r.int('PORT', 4000, 0, 65535);
  const host = r.string('HOST', '127.0.0.1');
  const publicUrl = r.string('IAMGATE_PUBLIC_URL', `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl))
    r.fail('IAMGATE_PUBLIC_URL', `must be an http(s) url, got \`${publicUrl}\``);

  const databaseUrl = r.optionalString('DATABASE_URL');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    r.fail('DATABASE_URL', 'must be a `postgres://` or `postgresql://` url');
  }
  const partition = r.string('IAMGATE_PARTITION', 'iamgate');
  if (!PARTITION.test(partition))
    r.fail('IAMGATE_PARTITION', `must match ${PARTITION}, got \`${partition}\``);

  const rootEmail = r.string('IAMGATE_ROOT_EMAIL', 'root@iamgate.local');
  if (!EMAIL.test(rootEmail)) r.fail('IAMGATE_ROOT_EMAIL', `must be an email address, got \`${rootEmail}\``);
  const rootPassword = r.optionalString('IAMGATE_ROOT_PASSWORD');
  if (rootPassword !== undefined && rootPassword.length < 12) {
    r.fail('IAMGATE_ROOT_PASSWORD', 'must be at least 12 characters long');
  }
  const accountAlias = r.optionalString('IAMGATE_ACCOUNT_ALIAS');
  if (
    accountAlias !== undefined &&
    (!ALIAS.test(accountAlias) || accountAlias.length < 3 || accountAlias.length > 63)
  ) {
    r.fail(
      'IAMGATE_ACCOUNT_ALIAS',
      `must be 3-63 lowercase letters, digits and single hyphens, got \`${accountAlias}\``,
    );
  }
  const secretKey = r.optionalString('IAMGATE_SECRET_KEY');
  if (secretKey !== undefined && !isSecretKey(secretKey)) {
    r.fail(
      'IAMGATE_SECRET_KEY',
      'must be 32 bytes as 64 hex characters or base64 (e.g. `openssl rand -base64 32`)',
    );
  }
  if (secretKey === undefined && databaseUrl !== undefined) {
    // INVARIANT: instances sharing a database must share the key that decrypts the signing keys, so a key
    // generated into one instance's data directory would break the others.
    r.fail(
      'IAMGATE_SECRET_KEY',
      'is required when `DATABASE_URL` is set (every instance needs the same key)',
    );
  }

  const trustedDocuments = r.oneOf('IAMGATE_TRUSTED_DOCUMENTS', 'allow', ['allow', 'only'] as const);
  const graphiql = r.bool('IAMGATE_GRAPHIQL', trustedDocuments !== 'only');
  if (graphiql && trustedDocuments === 'only') {
    r.fail(
      'IAMGATE_GRAPHIQL',
      'must be off when IAMGATE_TRUSTED_DOCUMENTS=only: the documents GraphiQL sends are not trusted',
    );
  }

  const config: GatewayConfig = {
    port,
    host,
    publicUrl,
    databaseUrl,
    dataDir: r.string('IAMGATE_DATA_DIR', './.iamgate'),
    partition,
    rootEmail,
    rootPassword,
    accountAlias,
    secretKey,
    tokens: {
      issuer: r.string('IAMGATE_TOKEN_ISSUER', publicUrl),
      audience: r.string('IAMGATE_TOKEN_AUDIENCE', 'iamgate'),
      sessionSeconds: r.int('IAMGATE_SESSION_SECONDS', 3600, 900, 43200),
      algorithm: r.oneOf('IAMGATE_SIGNING_ALGORITHM', 'EdDSA', ['EdDSA', 'ES256'] as const),
    },
    corsOrigins: r.list('IAMGATE_CORS_ORIGINS', []),
    introspection: r.bool('IAMGATE_INTROSPECTION', true),
    graphiql,
    trustedDocuments,
    trustProxy: readTrustProxy(r),
    logLevel: r.oneOf('IAMGATE_LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error', 'silent'] as const),
    limits: {
      maxDepth: r.int('IAMGATE_MAX_DEPTH', 12, 2, 100),
      maxAliases: r.int('IAMGATE_MAX_ALIASES', 15, 0, 1000),
      maxSelections: r.int('IAMGATE_MAX_SELECTIONS', 300, 10, 100000),
      maxTokens: r.int('IAMGATE_MAX_TOKENS', 3000, 50, 100000),
      maxCost: r.int('IAMGATE_MAX_COST', 20000, 10, 10000000),
      maxBatch: r.int('IAMGATE_MAX_BATCH', 10, 0, 100),
      maxBodyBytes: r.int('IAMGATE_MAX_BODY_BYTES', 1_048_576, 1024, 100_000_000),
      maxPageSize: r.int('IAMGATE_MAX_PAGE_SIZE', 1000, 1, 1000),
    },
    signIn: {
      maxFailuresPerPrincipal: r.int('IAMGATE_SIGNIN_MAX_FAILURES', 5, 1, 1000),
      maxFailuresPerSource: r.int('IAMGATE_SIGNIN_MAX_SOURCE_FAILURES', 50, 1, 100000),
      windowSeconds: r.int('IAMGATE_SIGNIN_WINDOW_SECONDS', 900, 1, 86400),
      failureDelayMs: r.int('IAMGATE_SIGNIN_FAILURE_DELAY_MS', 250, 0, 10000),
    },
    closedAccountRetentionDays: r.int('IAMGATE_CLOSED_ACCOUNT_RETENTION_DAYS', 90, 0, 3650),
    signUp: {
      mode: r.oneOf('IAMGATE_SIGN_UP', 'closed', ['closed', 'invite', 'open'] as const),
      maxPerSource: r.int('IAMGATE_SIGN_UP_MAX_PER_SOURCE', 5, 1, 100_000),
      windowSeconds: r.int('IAMGATE_SIGN_UP_WINDOW_SECONDS', 3600, 1, 604_800),
    },
    deadlines: {
      requestMs: r.int('IAMGATE_REQUEST_TIMEOUT_MS', 15_000, 0, 600_000),
      readinessMs: r.int('IAMGATE_READY_TIMEOUT_MS', 2000, 1, 60_000),
      statementMs: r.int('IAMGATE_DB_STATEMENT_TIMEOUT_MS', 5000, 0, 600_000),
      transactionMs: r.int('IAMGATE_DB_TRANSACTION_TIMEOUT_MS', 10_000, 0, 600_000),
      drainMs: r.int('IAMGATE_DRAIN_DELAY_MS', 2000, 0, 600_000),
      shutdownMs: r.int('IAMGATE_SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    },
    metrics: readMetricsSettings(r),
    tracing: readTracingSettings(r),
    federation: readFederationSettings(r),
    console: readConsoleSettings(r),
  };
  // OpenID Connect Discovery 1.0, section 4.3: the discovery document, served under the public URL, must name as
  // `issuer` the URL it is fetched under, or standard clients refuse it.
  if (config.tokens.issuer.replace(/\/+$/, '') !== publicUrl) {
    r.fail(
      'IAMGATE_TOKEN_ISSUER',
      `must be the public URL \`${publicUrl}\` (IAMGATE_PUBLIC_URL), where the discovery document is served, got \`${config.tokens.issuer}\``,
    );
  }
  if (r.issues.length > 0) throw new ConfigError(r.issues);
  return config;
}

/** 32 bytes written as 64 hex characters or as base64/base64url, as the store reads it. */
function isSecretKey(value: string): boolean {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return true;
  return /^[A-Za-z0-9+/_-]{43}={0,1}$/.test(value) && Buffer.from(value, 'base64').length === 32;
}
