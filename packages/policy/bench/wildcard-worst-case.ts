/**
 * The worst shapes of `*`/`?` matching, timed: the security review's hostile `StringLike` (a long piece full of `?`
 * against a long context value), many pieces, long pieces with and without `?`, and whole evaluations of a 20 KB
 * resource policy full of such patterns against a long context value. Run with `pnpm --filter @iamgate/policy bench`
 * (after the decision rates) or `pnpm exec tsx --conditions=@iamgate/source bench/wildcard-worst-case.ts`.
 *
 * Times are CPU milliseconds of this process (user + system), the best of several runs (at least one; more while a
 * run takes under ~BENCH_WILDCARD_MS, default 400): the machine is shared, so wall time says more about the
 * neighbours than about the matcher. BENCH_CONTEXT_CHARS (default 400,000) sets the long value's length.
 */
import { compileWildcard, type EvaluationRequest, evaluate } from '../src/index.js';

const N = Number(process.env.BENCH_CONTEXT_CHARS ?? 400_000);
const BUDGET_MS = Number(process.env.BENCH_WILDCARD_MS ?? 400);
const PRINCIPAL = 'arn:aws:iam::123456789012:user/mallory';
/** The quota a caller-supplied resource policy has at the gateway (`authorize` about oneself). */
const RESOURCE_POLICY_CHARS = 20_480;

/** Best CPU milliseconds of `run` over a few runs; the result of the last run. */
function time<T>(run: () => T, budget = BUDGET_MS): { ms: number; result: T; runs: number } {
  let best = Number.POSITIVE_INFINITY;
  let result: T;
  let runs = 0;
  let spent = 0;
  do {
    const cpu0 = process.cpuUsage();
    result = run();
    const cpu = process.cpuUsage(cpu0);
    const ms = (cpu.user + cpu.system) / 1000;
    best = Math.min(best, ms);
    spent += ms;
    runs++;
  } while (spent < budget && runs < 50);
  return { ms: best, result: result!, runs };
}

/** `a?a?…a?` with `pairs` pairs. */
const holes = (pairs: number) => 'a?'.repeat(pairs);
/** `text` repeated to exactly `length` characters. */
const fill = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** Deterministic pseudo-random letters, `?` at about one position in `holeEvery` (0: none). */
function noise(length: number, seed: number, holeEvery: number): string {
  let s = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    out += holeEvery > 0 && s % holeEvery === 0 ? '?' : String.fromCharCode(97 + ((s >>> 8) % 26));
  }
  return out;
}

interface Shape {
  name: string;
  pattern: string;
  value: string;
}

const random = noise(N, 7, 0);
const SHAPES: Shape[] = [
  { name: 'review: *a?a?…b* (8 KB) vs a…a', pattern: `*${holes(4096)}b*`, value: 'a'.repeat(N) },
  {
    name: 'same vs abab…ab (b everywhere, never a match)',
    pattern: `*${holes(4096)}b*`,
    value: fill('ab', N),
  },
  { name: '*a?a?…b* (256 B) vs abab…', pattern: `*${holes(128)}b*`, value: fill('ab', N) },
  { name: '*a?b* vs abab… (one short piece)', pattern: '*a?b*', value: fill('ab', N) },
  {
    name: 'many pieces: *a?a*a?a*… (2,000) then *c?c*',
    pattern: `${'*a?a'.repeat(2000)}*c?c*`,
    value: 'a'.repeat(N),
  },
  { name: 'long piece, no ?: *a…ab* (8 KB) vs a…a', pattern: `*${'a'.repeat(8191)}b*`, value: 'a'.repeat(N) },
  {
    name: 'long piece, no ?: *a…ab* (8 KB) vs a…ab',
    pattern: `*${'a'.repeat(8191)}b*`,
    value: `${'a'.repeat(N - 1)}b`,
  },
  {
    name: 'long random piece, ? every ~8 (8 KB) vs random',
    pattern: `*${noise(8192, 3, 8)}*`,
    value: random,
  },
  {
    name: 'long random piece, ? every ~8, found at the end',
    pattern: `*${noise(8192, 3, 8)}*`,
    value: `${random.slice(0, N - 8192)}${noise(8192, 3, 8).replaceAll('?', 'q')}`,
  },
];

function matcherTable(): void {
  const rows = SHAPES.map((shape) => {
    const glob = compileWildcard(shape.pattern);
    const t = time(() => glob.test(shape.value));
    return {
      shape: shape.name,
      'pattern chars': shape.pattern.length.toLocaleString('en-US'),
      'value chars': shape.value.length.toLocaleString('en-US'),
      matches: t.result,
      'ms (cpu, best)': t.ms.toFixed(2),
      runs: t.runs,
    };
  });
  console.log(`\nwildcard matching, worst shapes (value ${N.toLocaleString('en-US')} chars)`);
  console.table(rows);
}

/** A resource policy with one statement that allows everything; `extra` adds a condition or a `Resource` list. */
function resourcePolicy(extra: Record<string, unknown>): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Hostile',
        Effect: 'Allow',
        Principal: { AWS: PRINCIPAL },
        Action: '*',
        Resource: '*',
        ...extra,
      },
    ],
  });
}

/** The longest list of `make(0), make(1), …` whose policy `build(list)` fits in the resource policy quota. */
function fillPolicy(
  build: (values: string[]) => Record<string, unknown>,
  make: (i: number) => string,
): string {
  const values: string[] = [];
  while (resourcePolicy(build([...values, make(values.length)])).length <= RESOURCE_POLICY_CHARS)
    values.push(make(values.length));
  return resourcePolicy(build(values));
}

/** A condition on `key` whose values are the list. */
const condition = (operator: string, key: string) => (values: string[]) => ({
  Condition: { [operator]: { [key]: values } },
});
/** A `Resource` list. */
const resources = (values: string[]) => ({ Resource: values });

/**
 * `text` with its last two characters replaced per run (by letters from `c`, which no pattern here puts at a place
 * that could complete a match), so no answer remembered from an earlier run is reused. One-byte characters, as most
 * real values are: a two-byte one would make V8 read the whole value as two-byte text.
 */
const vary = (text: string, run: number) =>
  text.slice(0, -2) + String.fromCharCode(99 + (run % 24), 99 + (Math.floor(run / 24) % 24));

interface EvaluationShape {
  name: string;
  policy: string;
  context: (run: number) => EvaluationRequest['context'];
  resource?: (run: number) => string;
}

/** The security review's request: one context value of N characters. */
function reviewShapes(): EvaluationShape[] {
  const abab = fill('ab', N);
  const arn = `arn:aws:s3:::${fill('ab', N - 13)}`;
  const note = (run: number) => ({ 'app:note': vary(abab, run) });
  return [
    {
      name: 'StringLike *a?a?…b* (8 KB) ×2 vs abab…',
      policy: fillPolicy(condition('StringLike', 'app:note'), (i) => `*${holes(i < 2 ? 4096 - i : 8)}b*`),
      context: note,
    },
    {
      name: 'StringLike *a?b* × as many as fit vs abab…',
      policy: fillPolicy(condition('StringLike', 'app:note'), () => '*a?b*'),
      context: note,
    },
    {
      name: 'StringLike *bb* (no ?) × as many as fit vs abab…',
      policy: fillPolicy(condition('StringLike', 'app:note'), () => '*bb*'),
      context: note,
    },
    {
      name: 'ArnLike arn:aws:s3:::*a?a?…b* (8 KB) ×2 vs arn…abab…',
      policy: fillPolicy(
        condition('ArnLike', 'app:target'),
        (i) => `arn:aws:s3:::*${holes(i < 2 ? 4096 : 8)}b*`,
      ),
      context: (run) => ({ 'app:target': vary(arn, run) }),
    },
  ];
}

/** The proposed caps on what a caller supplies: characters per context value, over all values, of the resource. */
const CAP_VALUE = 256;
const CAP_CONTEXT = 1024;
const CAP_RESOURCE = 2048;

/**
 * Short pieces that never occur in `abab…`, all different: ARN patterns spelled alike share one compiled pattern,
 * which answers once per value, so a hostile policy has to vary them (`a?b`, `b?a`, `a???b`, …).
 */
const distinct = (i: number) =>
  `${i % 2 === 0 ? 'a' : 'b'}${'?'.repeat(2 * (i >> 1) + 1)}${i % 2 === 0 ? 'b' : 'a'}`;

/** The worst shapes within the proposed caps. */
function cappedShapes(): EvaluationShape[] {
  const list = (count: number, prefix = '') =>
    Array.from({ length: count }, () => prefix + fill('ab', CAP_VALUE - prefix.length));
  const notes = (count: number) => (run: number) => list(count).map((v, i) => vary(v, run * count + i));
  const resource = (run: number) => vary(`arn:aws:s3:::${fill('ab', CAP_RESOURCE - 13)}`, run);
  // A variable's text as a piece: `p?a` matches at every other position until the `a`, so every word stays busy.
  const p = (length: number) => fill('ab', length);
  return [
    {
      name: `StringLike *a?b* × as many as fit vs ${CAP_CONTEXT / CAP_VALUE} values`,
      policy: fillPolicy(condition('StringLike', 'app:note'), () => '*a?b*'),
      context: (run) => ({ 'app:note': notes(CAP_CONTEXT / CAP_VALUE)(run) }),
    },
    {
      name: `StringLike *bb* (no ?) × as many as fit vs ${CAP_CONTEXT / CAP_VALUE} values`,
      policy: fillPolicy(condition('StringLike', 'app:note'), () => '*bb*'),
      context: (run) => ({ 'app:note': notes(CAP_CONTEXT / CAP_VALUE)(run) }),
    },
    {
      name: 'StringLike *${app:p}?a* × as many as fit, p 128, vs 3 values',
      policy: fillPolicy(condition('StringLike', 'app:note'), () => '*${app:p}?a*'),
      context: (run) => ({ 'app:note': notes(3)(run), 'app:p': p(128) }),
    },
    {
      name: `ArnLike arn:aws:s3:::*a?b*, *b?a*, *a???b*, … vs ${CAP_CONTEXT / CAP_VALUE} ARNs`,
      policy: fillPolicy(condition('ArnLike', 'app:target'), (i) => `arn:aws:s3:::*${distinct(i)}*`),
      context: (run) => ({
        'app:target': list(CAP_CONTEXT / CAP_VALUE, 'arn:aws:s3:::').map((v, i) => vary(v, run * 4 + i)),
      }),
    },
    {
      name: `Resource arn:aws:s3:::*a?b*, *b?a*, *a???b*, … vs a ${CAP_RESOURCE}-char ARN`,
      policy: fillPolicy(resources, (i) => `arn:aws:s3:::*${distinct(i)}*`),
      context: () => ({}),
      resource,
    },
    {
      name: `Resource arn:aws:s3:::*\${app:p}?a*, *\${app:p}???a*, …, p ${CAP_VALUE}, vs a ${CAP_RESOURCE}-char ARN`,
      policy: fillPolicy(resources, (i) => `arn:aws:s3:::*\${app:p}${'?'.repeat(2 * i + 1)}a*`),
      context: () => ({ 'app:p': p(CAP_VALUE) }),
      resource,
    },
  ];
}

function evaluationTable(title: string, shapes: EvaluationShape[]): void {
  const rows = shapes.map((shape) => {
    let run = 0;
    const request = (policy: string): EvaluationRequest => {
      run++;
      return {
        principal: PRINCIPAL,
        action: 'app:Do',
        resource: shape.resource?.(run) ?? 'arn:aws:app:::thing',
        context: shape.context(run),
        policies: { resource: policy },
      };
    };
    // A caller can send a new policy text with every request (parsed and compiled each time), or repeat one (then
    // it is found in the cache). The long values change from call to call either way.
    const fresh = time(() =>
      evaluate(request(shape.policy.replace('"H000000"', `"H${String(run).padStart(6, '0')}"`))),
    );
    const cached = time(() => evaluate(request(shape.policy)));
    return {
      evaluation: shape.name,
      'policy chars': shape.policy.length.toLocaleString('en-US'),
      decision: cached.result.decision,
      errors: cached.result.errors.length,
      'new policy text ms': fresh.ms.toFixed(2),
      'cached policy ms': cached.ms.toFixed(2),
      runs: `${fresh.runs} + ${cached.runs}`,
    };
  });
  console.log(`\n${title}`);
  console.table(rows);
}

/** Other caps, for choosing: the two costliest shapes above (cached policy) under each. */
function capsTable(): void {
  const candidates: [value: number, context: number][] = [
    [128, 512],
    [256, 1024],
    [256, 2048],
    [512, 2048],
    [1024, 4096],
  ];
  const staticPolicy = fillPolicy(condition('StringLike', 'app:note'), () => '*a?b*');
  const variablePolicy = fillPolicy(condition('StringLike', 'app:note'), () => '*${app:p}?a*');
  let run = 0;
  const values = (count: number, length: number) =>
    Array.from({ length: Math.max(count, 1) }, () => vary(fill('ab', length), run++));
  const request = (policy: string, context: EvaluationRequest['context']): EvaluationRequest => ({
    principal: PRINCIPAL,
    action: 'app:Do',
    resource: 'arn:aws:app:::thing',
    context,
    policies: { resource: policy },
  });
  const rows = candidates.map(([value, context]) => {
    const count = Math.floor(context / value);
    const plain = time(() => evaluate(request(staticPolicy, { 'app:note': values(count, value) })));
    // The variable takes half a value (the longest piece that still fits), the rest goes to the values.
    const variable = time(() =>
      evaluate(
        request(variablePolicy, { 'app:note': values(count - 1, value), 'app:p': fill('ab', value / 2) }),
      ),
    );
    return {
      'per value': value,
      'all values': context.toLocaleString('en-US'),
      'StringLike *a?b* ms': plain.ms.toFixed(2),
      'StringLike *${app:p}?a* ms': variable.ms.toFixed(2),
    };
  });
  console.log('\nother caps on context values: the costliest shapes (cpu ms)');
  console.table(rows);
}

/** The tables, by name; a name on the command line runs only that table (`… bench/wildcard-worst-case.ts caps`). */
const TABLES: Record<string, () => void> = {
  matcher: matcherTable,
  review: () =>
    evaluationTable(
      `evaluate(): a ${RESOURCE_POLICY_CHARS.toLocaleString('en-US')}-character resource policy, a context value of ${N.toLocaleString('en-US')} characters (cpu ms)`,
      reviewShapes(),
    ),
  capped: () =>
    evaluationTable(
      `evaluate() within the proposed caps: context values <= ${CAP_VALUE} characters, <= ${CAP_CONTEXT.toLocaleString('en-US')} in all; resource <= ${CAP_RESOURCE.toLocaleString('en-US')} (cpu ms)`,
      cappedShapes(),
    ),
  caps: capsTable,
};
const only = process.argv[2];
for (const [name, table] of Object.entries(TABLES)) if (only === undefined || only === name) table();
