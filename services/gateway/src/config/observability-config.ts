import type { EnvReader } from './env-reader.js';
import type { MetricsSettings, TracingSettings } from './gateway-config.js';

/** Where an OTLP/HTTP collector listens by default (the OpenTelemetry exporter specification's default). */
export const DEFAULT_OTLP_TRACES_ENDPOINT = 'http://localhost:4318/v1/traces';
/** `service.name` of the gateway's spans unless `OTEL_SERVICE_NAME` says otherwise. */
export const DEFAULT_SERVICE_NAME = 'iamgate-gateway';
/** A metrics token shorter than this is guessable; `openssl rand -hex 16` gives 32 characters. */
const MIN_TOKEN_LENGTH = 16;
const HTTP_URL = /^https?:\/\/[^\s]+$/;

/** `IAMGATE_METRICS` and `IAMGATE_METRICS_TOKEN`, validated. */
export function readMetricsSettings(r: EnvReader): MetricsSettings {
  const enabled = r.bool('IAMGATE_METRICS', false);
  const token = r.optionalString('IAMGATE_METRICS_TOKEN');
  if (token !== undefined && (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))) {
    r.fail(
      'IAMGATE_METRICS_TOKEN',
      `must be at least ${MIN_TOKEN_LENGTH} characters without spaces (e.g. \`openssl rand -hex 16\`)`,
    );
  }
  if (token !== undefined && !enabled) {
    r.fail('IAMGATE_METRICS_TOKEN', 'is set but `IAMGATE_METRICS` is not `true`: no metrics are served');
  }
  return { enabled, token };
}

/**
 * `IAMGATE_TRACING` and the OpenTelemetry SDK's own variables the gateway reads itself: the traces endpoint
 * (`OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, used as is, or `OTEL_EXPORTER_OTLP_ENDPOINT` plus `/v1/traces`, as the
 * exporter specification says) and `OTEL_SERVICE_NAME`. Setting an endpoint turns tracing on unless
 * `IAMGATE_TRACING=false`: naming a collector says where spans should go.
 */
export function readTracingSettings(r: EnvReader): TracingSettings {
  const traces = r.optionalString('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  const base = r.optionalString('OTEL_EXPORTER_OTLP_ENDPOINT');
  for (const [name, value] of [
    ['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', traces],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', base],
  ] as const) {
    if (value !== undefined && !HTTP_URL.test(value)) {
      r.fail(name, `must be an http(s) url (OTLP over HTTP), got \`${value}\``);
    }
  }
  const endpoint =
    traces ?? (base === undefined ? DEFAULT_OTLP_TRACES_ENDPOINT : `${base.replace(/\/+$/, '')}/v1/traces`);
  return {
    enabled: r.bool('IAMGATE_TRACING', traces !== undefined || base !== undefined),
    endpoint,
    serviceName: r.string('OTEL_SERVICE_NAME', DEFAULT_SERVICE_NAME),
  };
}
