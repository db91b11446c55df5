import { testDrivers } from '@iamgate/store/testing';
import { SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/load-config.js';
import { createLogger } from '../src/logging/logger.js';
import { startTracing, type Tracing } from '../src/tracing/start-tracing.js';
import { REQUEST_ID_ATTRIBUTE } from '../src/tracing/use-tracing.js';
import { codeOf, ok } from './support/graphql-client.js';
import { ROOT_PASSWORD, startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

// Spans stay in memory: the exporter replaces OTLP, so nothing is sent anywhere.
const exporter = new InMemorySpanExporter();
let tracing: Tracing;

beforeAll(() => {
  tracing = startTracing(loadConfig({ IAMGATE_TRACING: 'true' }).tracing, { exporter });
});
afterAll(async () => tracing?.shutdown());

/** The finished spans of the request whose `x-request-id` was `requestId`: its trace. */
function traceOf(requestId: string): ReadableSpan[] {
  const spans = exporter.getFinishedSpans();
  const root = spans.find(
    (s) => s.attributes[REQUEST_ID_ATTRIBUTE] === requestId && s.name.startsWith('POST'),
  );
  expect(root, `a request span with request id ${requestId}`).toBeDefined();
  const traceId = root?.spanContext().traceId;
  return spans.filter((s) => s.spanContext().traceId === traceId);
}

function named(spans: ReadableSpan[], name: string): ReadableSpan {
  const span = spans.find((s) => s.name === name);
  expect(span, `span ${name} among ${spans.map((s) => s.name).join(', ')}`).toBeDefined();
  return span as ReadableSpan;
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe.each(testDrivers())('OpenTelemetry tracing on %s', (driver) => {
  let t: TestGateway;
  let root: string;

  beforeAll(async () => {
    t = await startTestGateway(driver, { IAMGATE_TRACING: 'true' });
    root = await t.rootToken();
  });
  afterAll(async () => t?.cleanup());
  beforeEach(() => exporter.reset());

  it('spans a request: HTTP, parse, validate, context, execute and each root field, with the request id', async () => {
    ok(
      await t.gql(
        '{ getCallerIdentity { arn } }',
        {},
        { token: root, headers: { 'x-request-id': 'trace-1' } },
      ),
    );
    const spans = traceOf('trace-1');
    const request = named(spans, 'POST /graphql');
    expect(request.attributes).toMatchObject({
      'http.request.method': 'POST',
      'url.path': '/graphql',
      'http.response.status_code': 200,
      [REQUEST_ID_ATTRIBUTE]: 'trace-1',
    });
    for (const phase of ['graphql.parse', 'graphql.validate', 'graphql.context']) {
      expect(parentOf(named(spans, phase))).toBe(request.spanContext().spanId);
    }
    const execute = named(spans, 'graphql.execute query');
    expect(parentOf(execute)).toBe(request.spanContext().spanId);
    expect(execute.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      [REQUEST_ID_ATTRIBUTE]: 'trace-1',
    });
    const field = named(spans, 'Query.getCallerIdentity');
    expect(parentOf(field)).toBe(execute.spanContext().spanId);
    expect(field.attributes[REQUEST_ID_ATTRIBUTE]).toBe('trace-1');
    // Nested fields have no span of their own.
    expect(spans.some((s) => s.name.startsWith('CallerIdentity.'))).toBe(false);
  });

  it("continues the caller's trace from its traceparent header", async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const traceparent = `00-${traceId}-b7ad6b7169203331-01`;
    ok(
      await t.gql(
        '{ getCallerIdentity { arn } }',
        {},
        { token: root, headers: { 'x-request-id': 'trace-2', traceparent } },
      ),
    );
    const request = named(traceOf('trace-2'), 'POST /graphql');
    expect(request.spanContext().traceId).toBe(traceId);
    expect(parentOf(request)).toBe('b7ad6b7169203331');
  });

  it('names the error code of a refused field without marking a client mistake as an error', async () => {
    const nobody = await userWithPolicy(t, root, 'traced-nobody', null);
    exporter.reset();
    const denied = await t.gql(
      '{ listUsers { edges { cursor } } }',
      {},
      { token: nobody, headers: { 'x-request-id': 'trace-3' } },
    );
    expect(codeOf(denied)).toBe('AccessDenied');
    const spans = traceOf('trace-3');
    const field = named(spans, 'Query.listUsers');
    expect(field.attributes['iamgate.error_code']).toBe('AccessDenied');
    expect(field.status.code).toBe(SpanStatusCode.UNSET);
    expect(named(spans, 'POST /graphql').status.code).toBe(SpanStatusCode.UNSET);
  });

  it('keeps documents, variables, arguments and results (passwords) out of every span', async () => {
    const password = 'Span-secret-passw0rd-1';
    await t.gql(
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { user: { account: t.account.id, userName: 'nobody', password } } },
      { headers: { 'x-request-id': 'trace-4' } },
    );
    ok(
      await t.gql(
        `mutation { signIn(input: { root: { email: "${t.account.rootEmail}", password: "${ROOT_PASSWORD}" } }) { token } }`,
        {},
        { headers: { 'x-request-id': 'trace-5' } },
      ),
    );
    const recorded = JSON.stringify(
      exporter.getFinishedSpans().map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })),
    );
    expect(recorded).toContain('Mutation.signIn');
    expect(recorded).not.toContain(password);
    expect(recorded).not.toContain(ROOT_PASSWORD);
    expect(recorded).not.toContain('token');
  });

  it('puts the trace id and span id on the log lines of a traced request', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = createLogger({
      level: 'info',
      sink: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    const traced = await t.variant({ IAMGATE_TRACING: 'true' }, logger);
    exporter.reset();
    ok(
      await traced.gql(
        '{ getCallerIdentity { arn } }',
        {},
        { token: root, headers: { 'x-request-id': 'trace-6' } },
      ),
    );
    const request = named(traceOf('trace-6'), 'POST /graphql');
    const line = lines.find((l) => l.msg === 'request' && l.requestId === 'trace-6');
    expect(line).toMatchObject({
      traceId: request.spanContext().traceId,
      spanId: request.spanContext().spanId,
    });
  });
});

describe('tracing off', () => {
  it('makes no span and leaves log lines without trace ids', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const t = await startTestGateway('pglite');
    try {
      const logger = createLogger({
        level: 'info',
        sink: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
      });
      const off = await t.variant({}, logger);
      exporter.reset();
      ok(await off.gql('{ __typename }', {}, { headers: { 'x-request-id': 'untraced' } }));
      expect(exporter.getFinishedSpans()).toEqual([]);
      const line = lines.find((l) => l.msg === 'request' && l.requestId === 'untraced');
      expect(line).toBeDefined();
      expect(line).not.toHaveProperty('traceId');
    } finally {
      await t.cleanup();
    }
  });
});
