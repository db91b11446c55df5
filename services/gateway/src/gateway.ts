import type { Store } from '@iamgate/store';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { closedAccountSweeper } from './accounts/closed-account-sweeper.js';
import { useRootUserWarning } from './best-practices/use-root-user-warning.js';
import { EntityCache } from './cache/entity-cache.js';
import { PolicyCache } from './cache/policy-cache.js';
import { type GatewayConfig, servesGraphiql } from './config/gateway-config.js';
import { renderSelfHostedGraphiQL } from './console/self-hosted-graphiql.js';
import { useConsole } from './console/use-console.js';
import { createContextBuilder, graphqlContext } from './context/create-context.js';
import type { GatewayContext } from './context/gateway-context.js';
import type { GatewayServices } from './context/gateway-services.js';
import { decisionRoute } from './decisions/decision-route.js';
import { issuerKeysFor } from './federation/issuer-keys.js';
import { useNoSuggestions } from './hardening/use-no-suggestions.js';
import { useRequestLimits } from './hardening/use-request-limits.js';
import { corsOptions } from './http/cors-options.js';
import { MAX_JSON_DEPTH } from './http/json-depth.js';
import { Readiness } from './http/readiness.js';
import { useErrorMasking } from './http/use-error-masking.js';
import { useJsonBody } from './http/use-json-body.js';
import { useJsonPost } from './http/use-json-post.js';
import { useRequestDeadline } from './http/use-request-deadline.js';
import { type RequestMeta, useRequestId } from './http/use-request-id.js';
import { useRoutes } from './http/use-routes.js';
import { wellKnownRoutes } from './http/well-known-routes.js';
import { createLogger, type Logger } from './logging/logger.js';
import { toYogaLogger } from './logging/yoga-logger.js';
import { metricsOf } from './metrics/metrics-of.js';
import { startMetrics } from './metrics/start-metrics.js';
import { schema } from './schema/index.js';
import { builtinServiceDefinitions } from './services/builtin-services.js';
import { usePolicyFindings } from './services/use-policy-findings.js';
import { sessionSweeper } from './sessions/session-sweeper.js';
import { SignInService } from './sign-in/sign-in-service.js';
import { STS_LIMITS } from './sts/sts-limits.js';
import { SigningKeyRing } from './tokens/signing-key-ring.js';
import { TokenService } from './tokens/token-service.js';
import { useTracing } from './tracing/use-tracing.js';
import { trustedDocuments } from './trusted-documents/trusted-documents.js';
import { useTrustedDocuments } from './trusted-documents/use-trusted-documents.js';
import { ActivityRecorder } from './usage/activity-recorder.js';
import { PolicyUseRecorder } from './usage/policy-use-recorder.js';

/** The gateway's own services (`iam`, `sts`, ...) as service definitions, made once from the schema. */
const BUILTIN_SERVICES = builtinServiceDefinitions(schema);
/**
 * The longest any token lives (`getSessionToken`'s 36 hours; role sessions last at most 12), which is how long a retired
 * key stays published: every token it signed must keep verifying until it expires.
 */
const MAX_SESSION_SECONDS = STS_LIMITS.sessionTokenMaxSeconds;
/** The production intervals (see `GatewayIntervals`). */
const INTERVALS: GatewayIntervals = {
  keyRefreshMs: 30_000,
  revisionPollMs: 500,
  sessionSweepMs: 600_000,
  accountPurgeMs: 3_600_000,
  usageFlushMs: 60_000,
};
/** How long an expired session stays listed (`listSessions`) before housekeeping deletes it. */
const EXPIRED_SESSION_RETENTION_MS = 86_400_000;
/** How many principals' policies each instance keeps in memory. */
const POLICY_CACHE_ENTRIES = 10_000;
/** How many users, roles, groups and policies each instance keeps in memory, and how long at most. */
const ENTITY_CACHE_ENTRIES = 10_000;
const ENTITY_MAX_AGE_MS = 60_000;
/** Pages of lists kept (each of at most `MAX_CACHED_PAGE_ITEMS` entities). */
const PAGE_CACHE_ENTRIES = 1_000;
/** The page size lists use without `first`; the store's default. */
const DEFAULT_PAGE_SIZE = 100;

/** What a gateway is built from besides its configuration. */
export interface GatewayDeps {
  /** An open store; the gateway does not close it. */
  store: Store;
  /** The clock; a frozen one in token tests. */
  now?: () => Date;
  logger?: Logger;
  /** How failed sign-ins wait; tests pass a recorder instead of real time. */
  sleep?: (ms: number) => Promise<void>;
  /** The account allowed to manage the gateway itself (rotate signing keys); usually the first account. */
  operatorAccountId?: string;
  /** Background intervals, shortened in tests so that caches expire within a test. */
  intervals?: Partial<GatewayIntervals>;
}

/** How often a gateway refreshes what it keeps in memory, in milliseconds. */
export interface GatewayIntervals {
  /** The signing keys are re-read (in case another instance rotated and its notification was lost). */
  keyRefreshMs: number;
  /**
   * Cached policies' account revisions are re-read: the bound on how stale a decision can be when a change
   * notification from another instance is lost (notifications normally arrive within milliseconds).
   */
  revisionPollMs: number;
  /** Sessions expired longer than a day are deleted (`sessionSweeper`); 0 turns it off. */
  sessionSweepMs: number;
  /** Closed accounts past their grace period are purged (`closedAccountSweeper`); 0 turns it off. */
  accountPurgeMs: number;
  /**
   * Usage noted in memory is written to the store: which managed policies allowed requests (`PolicyUseRecorder`) and
   * the activity record (`ActivityRecorder`); 0 only at close.
   */
  usageFlushMs: number;
}

/** A running gateway: a fetch handler (in process, or behind `node:http` via `yoga`) and its services. */
export interface Gateway {
  /** The graphql-yoga server; also a Node `http` request listener. */
  yoga: YogaServerInstance<Record<string, unknown>, GatewayContext>;
  /** Handles one request, e.g. `gateway.fetch(new Request('http://localhost/graphql', ...))`. */
  fetch: (request: Request) => Promise<Response>;
  services: GatewayServices;
  /** Readiness: `/readyz`'s check, and `drain()` to report not-ready while shutting down. */
  readiness: Readiness;
  /** Stops listening to store notifications and the background refreshes; the store stays open. */
  close: () => Promise<void>;
}

/**
 * Builds a gateway over an open store: the GraphQL API at `/graphql` (with a self-hosted GraphiQL), the decision
 * endpoint `/authorize`, the web console at `/console/`, `/healthz`, `/readyz`, `/.well-known/jwks.json` and
 * `/.well-known/openid-configuration`, with authentication, authorization by `@iamgate/policy`, audit, request
 * limits and structured logs. Creates the first signing key when the store has none.
 *
 * @example
 * const store = await openStore({ memory: true });
 * const gateway = await createGateway(loadConfig({}), { store });
 * const res = await gateway.fetch(new Request('http://localhost/healthz'));
 */
export async function createGateway(config: GatewayConfig, deps: GatewayDeps): Promise<Gateway> {
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? createLogger({ level: config.logLevel });
  const { store } = deps;
  const intervals = { ...INTERVALS, ...deps.intervals };
  const keys = new SigningKeyRing(store.signingKeys, {
    algorithm: config.tokens.algorithm,
    retiredKeyTtlSeconds: MAX_SESSION_SECONDS + Math.ceil(INTERVALS.keyRefreshMs / 1000),
    refreshMs: intervals.keyRefreshMs,
    now,
    onRefreshError: (error) => logger.warn('signing keys not refreshed', { error }),
  });
  await keys.start();
  const tokens = new TokenService(keys, {
    issuer: config.tokens.issuer,
    audience: config.tokens.audience,
    now,
    clockToleranceSeconds: 5,
  });
  const signIn = new SignInService({
    store,
    tokens,
    protection: config.signIn,
    sessionSeconds: config.tokens.sessionSeconds,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
    onLockout: (scope) => metricsOf(services).lockout(scope),
  });
  const policies = new PolicyCache(store, {
    pollMs: intervals.revisionPollMs,
    maxEntries: POLICY_CACHE_ENTRIES,
  });
  const entities = new EntityCache(policies.revisions, {
    maxEntries: ENTITY_CACHE_ENTRIES,
    maxAgeMs: ENTITY_MAX_AGE_MS,
  });
  const pages = new EntityCache(policies.revisions, {
    maxEntries: PAGE_CACHE_ENTRIES,
    maxAgeMs: ENTITY_MAX_AGE_MS,
  });
  const stopPolicies = policies.start();
  const sweeper = sessionSweeper(store, {
    intervalMs: intervals.sessionSweepMs,
    retentionMs: EXPIRED_SESSION_RETENTION_MS,
    batchSize: 1000,
    maxBatches: 20,
    now,
    logger,
  });
  sweeper.start();
  const purger = closedAccountSweeper(store, {
    intervalMs: intervals.accountPurgeMs,
    retentionMs: config.closedAccountRetentionDays * 86_400_000,
    batchSize: 10,
    now,
    logger,
  });
  purger.start();
  const policyUses = new PolicyUseRecorder(store, intervals.usageFlushMs, logger);
  policyUses.start();
  const activity = new ActivityRecorder(store, intervals.usageFlushMs, logger, now);
  activity.start();
  const services: GatewayServices = {
    config,
    keys,
    tokens,
    signIn,
    policies,
    logger,
    now,
    operatorAccountId: deps.operatorAccountId,
    entities,
    pages,
    issuerKeys: issuerKeysFor(config.federation, now),
    builtinServices: BUILTIN_SERVICES,
    policyUses,
    activity,
  };
  const metrics = startMetrics(config.metrics, { store, services, policies });
  const stopListening = store.onChange((event) => {
    if (event.type === 'signingKeys') keys.invalidate();
  });
  const metas = new WeakMap<Request, RequestMeta>();
  const readiness = new Readiness(store, keys, config.deadlines.readinessMs);
  const buildContext = createContextBuilder(services, store, metas);
  const yoga = createYoga<Record<string, unknown>, GatewayContext>({
    schema,
    context: graphqlContext(buildContext),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: servesGraphiql(config) ? { title: 'iamgate' } : false,
    renderGraphiQL: renderSelfHostedGraphiQL,
    cors: corsOptions(config.corsOrigins),
    logging: toYogaLogger(logger),
    batching: config.limits.maxBatch > 0 ? { limit: config.limits.maxBatch } : false,
    // The body's size is limited where it is read (`useJsonBody`), without yoga's stream over it.
    maxRequestBodySize: false,
    plugins: [
      // First, so that its request span wraps every other plugin's work.
      ...(config.tracing.enabled ? [useTracing(metas)] : []),
      useRequestId(logger, metas),
      useRequestDeadline(config.deadlines.requestMs),
      useRoutes(
        [
          ...wellKnownRoutes(keys, readiness, logger, {
            issuer: config.tokens.issuer,
            publicUrl: config.publicUrl,
          }),
          decisionRoute(schema, services, buildContext),
        ],
        config.deadlines.requestMs,
      ),
      ...(config.console.enabled ? [useConsole(config.console)] : []),
      ...metrics.plugins,
      useJsonPost(),
      useJsonBody(config.limits.maxBodyBytes, MAX_JSON_DEPTH),
      useTrustedDocuments(trustedDocuments(), config.trustedDocuments),
      useRequestLimits({
        limits: config.limits,
        introspection: config.introspection,
        defaultPageSize: DEFAULT_PAGE_SIZE,
      }),
      ...(config.introspection ? [] : [useNoSuggestions()]),
      useErrorMasking(logger),
      useRootUserWarning(logger),
      usePolicyFindings(),
    ],
  });
  return {
    yoga,
    fetch: (request) => Promise.resolve(yoga.fetch(request)),
    services,
    readiness,
    close: async () => {
      stopListening();
      stopPolicies();
      sweeper.stop();
      purger.stop();
      await policyUses.close();
      await activity.close();
      metrics.stop();
      keys.stop();
    },
  };
}
