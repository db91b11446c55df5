import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  type TextMapGetter,
  trace,
} from '@opentelemetry/api';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { errorCodeOf } from '../errors/error-code-of.js';
import { ERROR_STATUS } from '../errors/error-codes.js';
import type { RequestMeta } from '../http/use-request-id.js';
import { tracedSchema } from './traced-schema.js';

/** The tracer name of the gateway's spans (the instrumentation scope). */
export const TRACER_NAME = '@iamgate/gateway';
/** The span attribute that carries the request id (`x-request-id`). */
export const REQUEST_ID_ATTRIBUTE = 'iamgate.request_id';
/** Operation names are the client's: cut to this length in span attributes. */
const MAX_NAME = 100;

const headerGetter: TextMapGetter<Headers> = {
  keys: (headers) => [...headers.keys()],
  get: (headers, key) => headers.get(key) ?? undefined,
};

/** Runs `fn` and ends `span` when it settles; an exception marks the span as an error. */
function endWhenSettled<T>(span: Span, fn: () => T): T {
  const fail = (error: unknown) => {
    span.recordException(error instanceof Error ? error : String(error));
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
    throw error;
  };
  let result: T;
  try {
    result = fn();
  } catch (error) {
    return fail(error);
  }
  if (result instanceof Promise) {
    return result.then((value) => {
      span.end();
      return value;
    }, fail) as T;
  }
  span.end();
  return result;
}

/**
 * Traces every request with OpenTelemetry: a server span per HTTP request (continuing the caller's `traceparent`),
 * with `graphql.parse`, `graphql.validate`, `graphql.context` (authentication), `graphql.execute` and one span per
 * root field under it. The request id is the `iamgate.request_id` attribute of the request, execute and field
 * spans. No span holds a document, variables, arguments or results (they carry passwords and secrets); field spans
 * carry the error code, and only the gateway's own faults (5xx) mark a span as an error. Spans go to the tracer
 * provider registered by `startTracing`; the active span is set for the whole request, so log lines carry its
 * trace id.
 *
 * Not `@envelop/opentelemetry`: its resolver spans record every field's arguments (a `signIn` password), never
 * end a resolver span that threw, wrap the shared schema's resolvers in place, and it makes no parse, validate or
 * request spans.
 */
export function useTracing(metas: WeakMap<Request, RequestMeta>): Plugin {
  const tracer = trace.getTracer(TRACER_NAME);
  const requests = new WeakMap<Request, { span: Span; context: Context }>();
  const operations = new WeakMap<object, Context>();
  const traced = new WeakSet<object>();
  const requestContext = (gqlContext: { request?: Request }) =>
    (gqlContext.request && requests.get(gqlContext.request)?.context) ?? context.active();
  const phase = (name: string, gqlContext: { request?: Request }, wrapped: () => void) => {
    const span = tracer.startSpan(name, undefined, requestContext(gqlContext));
    endWhenSettled(span, wrapped);
  };

  return {
    instrumentation: {
      request({ request }, wrapped) {
        const parent = propagation.extract(ROOT_CONTEXT, request.headers, headerGetter);
        const path = new URL(request.url).pathname;
        const span = tracer.startSpan(
          `${request.method} ${path}`,
          {
            kind: SpanKind.SERVER,
            attributes: { 'http.request.method': request.method, 'url.path': path },
          },
          parent,
        );
        const active = trace.setSpan(parent, span);
        requests.set(request, { span, context: active });
        return context.with(active, () => endWhenSettled(span, wrapped));
      },
      parse: ({ context: c }, wrapped) => phase('graphql.parse', c, wrapped),
      validate: ({ context: c }, wrapped) => phase('graphql.validate', c, wrapped),
    },
    onResponse({ request, response }) {
      const span = requests.get(request)?.span;
      if (span === undefined) return;
      span.setAttribute('http.response.status_code', response.status);
      const requestId = metas.get(request)?.requestId;
      if (requestId !== undefined) span.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
      if (response.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    },
    onContextBuilding({ context: c }) {
      const span = tracer.startSpan('graphql.context', undefined, requestContext(c));
      return () => span.end();
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const gqlContext = args.contextValue as { request?: Request; requestId?: string };
      const operation = getOperationAST(args.document, args.operationName);
      const type = operation?.operation ?? 'unknown';
      const span = tracer.startSpan(
        `graphql.execute ${type}`,
        {
          attributes: {
            'graphql.operation.type': type,
            ...(operation?.name ? { 'graphql.operation.name': operation.name.value.slice(0, MAX_NAME) } : {}),
            ...(gqlContext.requestId ? { [REQUEST_ID_ATTRIBUTE]: gqlContext.requestId } : {}),
          },
        },
        requestContext(gqlContext),
      );
      const active = trace.setSpan(requestContext(gqlContext), span);
      operations.set(gqlContext, active);
      setExecuteFn((execArgs) => context.with(active, () => executeFn(execArgs)));
      return {
        onExecuteDone({ result }) {
          if ('errors' in result && result.errors !== undefined) {
            span.setAttribute('graphql.error.count', result.errors.length);
          }
          span.end();
        },
      };
    },
    onSchemaChange({ schema, replaceSchema }) {
      if (traced.has(schema)) return;
      const wrapped = tracedSchema(schema, (resolve) => (parent, args, gqlContext, info) => {
        const active = operations.get(gqlContext as object);
        if (active === undefined) return resolve(parent, args, gqlContext, info);
        const span = tracer.startSpan(
          `${info.parentType.name}.${info.fieldName}`,
          {
            attributes: {
              'graphql.field.name': info.fieldName,
              'graphql.field.parent_type': info.parentType.name,
              ...((gqlContext as { requestId?: string }).requestId
                ? { [REQUEST_ID_ATTRIBUTE]: (gqlContext as { requestId: string }).requestId }
                : {}),
            },
          },
          active,
        );
        return context.with(trace.setSpan(active, span), () =>
          endField(span, () => resolve(parent, args, gqlContext, info)),
        );
      });
      traced.add(wrapped);
      replaceSchema(wrapped);
    },
  };
}

/** Ends a root field's span when its resolver settles, with the error code of a failure (an error only if 5xx). */
function endField(span: Span, resolve: () => unknown): unknown {
  const failed = (error: unknown) => {
    const code = errorCodeOf(error);
    span.setAttribute('iamgate.error_code', code);
    if (ERROR_STATUS[code] >= 500) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR });
    }
    span.end();
    throw error;
  };
  let result: unknown;
  try {
    result = resolve();
  } catch (error) {
    return failed(error);
  }
  if (result instanceof Promise) {
    return result.then((value) => {
      span.end();
      return value;
    }, failed);
  }
  span.end();
  return result;
}
