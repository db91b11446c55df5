/**
 * `pnpm --filter @iamgate/gateway bench` (third part): how long the worst documents we know of (`hostile-documents.ts`)
 * take before authentication. Two timings per document, each the median and the worst of BENCH_ROUNDS runs (30 by
 * default), every run with a fresh text so that yoga's parse and validation cache never answers. Times are the
 * process's CPU time (user + system), which other work on a shared machine does not inflate; the work is
 * synchronous, in process, without I/O:
 * - validate: parsing, the gateway's depth / alias / field limits, then (for a document within them) GraphQL's own
 *   validation rules, as the gateway runs them;
 * - request: the whole anonymous request through `gateway.fetch` in process (parsing the body, the token count,
 *   validation, the cost estimate and execution), on the default limits.
 */
import { createTestStore } from '@iamgate/store/testing';
import { parse, validate } from 'graphql';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';
import { countTokens } from '../src/hardening/count-tokens.js';
import { checkDocumentLimits } from '../src/hardening/operation-limits.js';
import { schema } from '../src/schema/index.js';
import { HOSTILE_DOCUMENTS, type HostileDocument } from './hostile-documents.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const config = loadConfig({ IAMGATE_LOG_LEVEL: 'silent' });
const { store, cleanup } = await createTestStore({ driver: 'pglite' });
const gateway = await createGateway(config, { store });

function stats(times: number[]): { p50: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted[sorted.length - 1] ?? 0 };
}

/** A comment makes each run's text new to yoga's cache without changing the tokens. */
const fresh = (query: string, run: number) => `${query}\n# run ${run} ${Math.random()}`;

/** CPU milliseconds since `start` (a `process.cpuUsage()`). */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function timeValidation(document: HostileDocument, run: number): number {
  const start = process.cpuUsage();
  const parsed = parse(fresh(document.query, run));
  if (checkDocumentLimits(parsed, config.limits).errors.length === 0) validate(schema, parsed);
  return cpuMs(start);
}

async function timeRequest(document: HostileDocument, run: number): Promise<{ ms: number; answer: string }> {
  // Each operation of a batch has its own text: yoga validates identical texts once.
  const operation = (i: number) => ({
    query: fresh(document.query, run * 100 + i),
    operationName: document.operationName,
  });
  const body =
    document.batch === undefined
      ? operation(0)
      : Array.from({ length: document.batch }, (_, i) => operation(i));
  const start = process.cpuUsage();
  const response = await gateway.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(body),
    }),
  );
  const text = await response.text();
  const ms = cpuMs(start);
  const code = /"code":"(\w+)"/.exec(text)?.[1];
  return { ms, answer: `${response.status} ${code ?? 'ok'}` };
}

const header = `${'document'.padEnd(44)} ${'bytes'.padStart(6)} ${'tokens'.padStart(6)}  ${'answer'.padEnd(22)} ${'validate p50 / max'.padStart(20)} ${'request p50 / max'.padStart(20)}`;
process.stdout.write(
  `work before authentication (CPU time), ${ROUNDS} runs each, default limits, node ${process.version}\n${header}\n`,
);
try {
  for (const document of HOSTILE_DOCUMENTS) {
    const validation: number[] = [];
    const request: number[] = [];
    let answer = '';
    for (let run = 0; run < ROUNDS; run++) {
      validation.push(timeValidation(document, run));
      const result = await timeRequest(document, run);
      request.push(result.ms);
      answer = result.answer;
    }
    const v = stats(validation);
    const r = stats(request);
    const ms = (s: { p50: number; max: number }) =>
      `${s.p50.toFixed(2).padStart(8)} / ${s.max.toFixed(2).padStart(8)} ms`;
    process.stdout.write(
      `${document.name.padEnd(44)} ${String(document.query.length).padStart(6)} ${String(countTokens(document.query, 1e9)).padStart(6)}  ${answer.padEnd(22)} ${ms(v)} ${ms(r)}\n`,
    );
  }
} finally {
  await gateway.close();
  await cleanup();
}
