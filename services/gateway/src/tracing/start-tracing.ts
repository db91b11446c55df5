import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import type { TracingSettings } from '../config/gateway-config.js';

/** The process's tracing, once started: `shutdown` exports what is pending and unregisters it. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/** Options of `startTracing`. */
export interface StartTracingOptions {
  /**
   * Where spans go instead of OTLP/HTTP, each as soon as it ends (tests pass an `InMemorySpanExporter`, so that
   * nothing leaves the process).
   */
  exporter?: SpanExporter;
}

/**
 * Registers the OpenTelemetry SDK for the process: a tracer provider with `service.name`, the W3C trace-context
 * propagator (a caller's `traceparent` continues its trace), and the `AsyncLocalStorage` context manager that
 * carries the active span through a request (and its trace id into log lines). Spans are batched and sent to
 * `settings.endpoint` over OTLP/HTTP; the SDK reads `OTEL_EXPORTER_OTLP_HEADERS`, `OTEL_TRACES_SAMPLER` and
 * `OTEL_TRACES_SAMPLER_ARG` itself. Call once per process, before the gateway is created (`main`); the gateway's
 * `useTracing` plugin makes the spans.
 *
 * @example
 * const tracing = config.tracing.enabled ? startTracing(config.tracing) : undefined;
 * // ... on shutdown:
 * await tracing?.shutdown();
 */
export function startTracing(settings: TracingSettings, options: StartTracingOptions = {}): Tracing {
  const processor =
    options.exporter === undefined
      ? new BatchSpanProcessor(new OTLPTraceExporter({ url: settings.endpoint }))
      : new SimpleSpanProcessor(options.exporter);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    spanProcessors: [processor],
  });
  provider.register();
  return {
    async shutdown() {
      try {
        await provider.shutdown();
      } finally {
        trace.disable();
        context.disable();
        propagation.disable();
      }
    },
  };
}
