import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';

/**
 * GraphQL metrics from `@graphql-yoga/plugin-prometheus` in the gateway's registry: operations, their duration,
 * the parse / validate / context (authentication) / execute phases, errors by phase, and HTTP duration by status.
 * Labels that callers control are off: `operationName` (any string a client sends), the error `path` (aliases
 * and list indexes) and the `url` (a GET query string carries the whole operation); what remains is bounded by the
 * schema (`operationType`, `phase`) and HTTP (`method`, `statusCode`). Summaries and the deprecated-field walk
 * cost on every request and are off; the route is the gateway's own (`metricsRoute`).
 */
export function useGraphqlMetrics(registry: Registry): Plugin {
  return usePrometheus({
    registry,
    endpoint: false,
    labels: { operationName: false, path: false, url: false },
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: true,
      graphql_envelop_error_result: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
      graphql_yoga_http_duration: true,
    },
  });
}
