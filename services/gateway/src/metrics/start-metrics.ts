import type { Store } from '@iamgate/store';
import type { Plugin } from 'graphql-yoga';
import type { PolicyCache } from '../cache/policy-cache.js';
import type { MetricsSettings } from '../config/gateway-config.js';
import type { GatewayServices } from '../context/gateway-services.js';
import { useRoutes } from '../http/use-routes.js';
import { attachMetrics } from './metrics-of.js';
import { metricsRoute } from './metrics-route.js';
import { observePolicyCache } from './policy-cache-metrics.js';
import { PrometheusMetrics } from './prometheus-metrics.js';
import { observeStore } from './store-metrics.js';
import { useGraphqlMetrics } from './use-graphql-metrics.js';

/** A gateway's metrics: the yoga plugins that collect and serve them, and how to stop collecting. */
export interface MetricsRuntime {
  plugins: Plugin[];
  stop(): void;
}

/** What metrics are collected from. */
export interface MetricsSources {
  store: Store;
  services: GatewayServices;
  policies: PolicyCache;
}

/**
 * Starts a gateway's Prometheus metrics when `settings.enabled`: GraphQL metrics, decisions, sign-ins and lockouts
 * (reported by request code through `metricsOf(ctx.services)`), database work (the store's observer hook), the
 * policy cache and the process, served at `/metrics`. Off, it returns no plugin and observes nothing, so metrics
 * cost nothing but a no-op call per decision and sign-in.
 *
 * @example
 * const metrics = startMetrics(config.metrics, { store, services, policies });
 * createYoga({ plugins: [...metrics.plugins] });
 */
export function startMetrics(settings: MetricsSettings, sources: MetricsSources): MetricsRuntime {
  if (!settings.enabled) return { plugins: [], stop: () => {} };
  const metrics = new PrometheusMetrics();
  attachMetrics(sources.services, metrics);
  const stops = [
    observeStore(sources.store, metrics.registry),
    observePolicyCache(sources.policies, metrics.registry),
  ];
  return {
    plugins: [useRoutes([metricsRoute(metrics, settings.token)], 0), useGraphqlMetrics(metrics.registry)],
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}
