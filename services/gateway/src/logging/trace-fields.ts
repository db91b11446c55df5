import { context, isSpanContextValid, trace } from '@opentelemetry/api';
import type { LogFields } from './log-fields.js';

/**
 * The trace and span ids of the span active where a line is logged, so that a log line can be found from its trace
 * and a trace from its log lines. Undefined outside a traced request, and always when tracing is off (then the
 * OpenTelemetry API has no context manager and this is a constant lookup).
 */
export function traceFields(): LogFields | undefined {
  const span = trace.getSpan(context.active());
  if (span === undefined) return undefined;
  const spanContext = span.spanContext();
  if (!isSpanContextValid(spanContext)) return undefined;
  return { traceId: spanContext.traceId, spanId: spanContext.spanId };
}
