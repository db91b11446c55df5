/**
 * Documents nested deeper than `MAX_NESTING_DEPTH` are refused with `NESTING_TOO_DEEP` before anything recurses into
 * them, as JSON text (one pass over the characters before `JSON.parse`) and as objects (an iterative walk), so that
 * validation and evaluation stay total and cheap on hostile input: 10,000 and 200,000 levels, cycles, shared nodes.
 * Budgets are counts (object accesses), never wall-clock times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluate,
  evaluateTrust,
  MAX_NESTING_DEPTH,
  type PolicyInput,
  parsePolicy,
  validatePolicy,
} from '../src/index.js';
import { ALICE, ROLE, request } from './helpers.js';

/** A document `depth` levels deep (the document is level 1) as text: `Statement` holds nested arrays and objects. */
function deepText(depth: number, kinds: readonly ('array' | 'object')[] = ['array']): string {
  let open = '';
  let close = '';
  for (let level = 2; level <= depth; level++) {
    const kind = kinds[level % kinds.length];
    open += kind === 'array' ? '[' : '{"a":';
    close = (kind === 'array' ? ']' : '}') + close;
  }
  return depth < 2 ? '{}' : `{"Statement":${open}${close}}`;
}

/** The same document as an object, built without recursion. */
function deepValue(depth: number, kinds: readonly ('array' | 'object')[] = ['array']): object {
  if (depth < 2) return {};
  let inner: unknown;
  for (let level = depth; level >= 2; level--) {
    const kind = kinds[level % kinds.length];
    if (kind === 'array') inner = inner === undefined ? [] : [inner];
    else inner = inner === undefined ? {} : { a: inner };
  }
  return { Statement: inner };
}

const codes = (input: unknown) => validatePolicy(input, 'identity').findings.map((f) => f.code);

describe('nesting depth', () => {
  it('refuses 10,000 and 200,000 levels as text and as objects with one NESTING_TOO_DEEP finding', () => {
    for (const depth of [10_000, 200_000]) {
      for (const input of [deepText(depth), deepValue(depth), deepText(depth, ['object', 'array'])]) {
        const { valid, findings } = validatePolicy(input, 'identity');
        expect(valid).toBe(false);
        expect(findings.map((f) => [f.severity, f.code, f.path])).toEqual([
          ['ERROR', 'NESTING_TOO_DEEP', ''],
        ]);
        expect(parsePolicy(input).findings.map((f) => f.code)).toEqual(['NESTING_TOO_DEEP']);
      }
      // Unbalanced text is refused the same way, before JSON.parse sees it.
      expect(codes(`{"Statement":${'['.repeat(depth)}`)).toEqual(['NESTING_TOO_DEEP']);
    }
  });

  it(`accepts ${MAX_NESTING_DEPTH} levels and refuses ${MAX_NESTING_DEPTH + 1}, as text and as objects`, () => {
    expect(MAX_NESTING_DEPTH).toBe(32);
    for (const make of [deepText, deepValue]) {
      expect(codes(make(MAX_NESTING_DEPTH))).not.toContain('NESTING_TOO_DEEP');
      expect(codes(make(MAX_NESTING_DEPTH + 1))).toEqual(['NESTING_TOO_DEEP']);
    }
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const brackets = '['.repeat(100);
    const text = `{"Version":"2012-10-17","Statement":{"Sid":"a\\"${brackets}","Effect":"Allow","Action":"s3:*","Resource":"*"}}`;
    expect(codes(text)).not.toContain('NESTING_TOO_DEEP');
    expect(codes(text)).toContain('INVALID_SID');
  });

  it('refuses a cyclic object instead of walking it forever', () => {
    const statement: Record<string, unknown> = { Effect: 'Allow', Action: '*', Resource: '*' };
    statement.Condition = { StringEquals: { k: statement } };
    expect(codes({ Statement: statement })).toEqual(['NESTING_TOO_DEEP']);
  });

  it('walks shared nodes a bounded number of times (a chain of diamonds has 2^40 paths)', () => {
    let node: object = {};
    for (let i = 0; i < 40; i++) node = { left: node, right: node };
    let reads = 0;
    const counted = (value: unknown): unknown => {
      if (typeof value !== 'object' || value === null) return value;
      return new Proxy(value, {
        get: (target, key) => {
          reads++;
          return counted(Reflect.get(target, key));
        },
      });
    };
    expect(codes(counted({ Statement: node }))).toEqual(['NESTING_TOO_DEEP']);
    expect(reads).toBeLessThan(100_000);
  });

  it('reads only the first levels of a 200,000-level object', () => {
    let reads = 0;
    let inner: unknown = [];
    for (let i = 0; i < 200_000; i++) {
      const target = { a: inner };
      inner = new Proxy(target, {
        get: (t, key) => {
          reads++;
          return Reflect.get(t, key);
        },
      });
    }
    expect(codes({ Statement: inner })).toEqual(['NESTING_TOO_DEEP']);
    expect(reads).toBeLessThan(10 * MAX_NESTING_DEPTH);
  });

  it('keeps evaluate and evaluateTrust total: a too-deep policy in any layer is skipped and reported', () => {
    const deep: PolicyInput[] = [deepText(200_000), deepValue(200_000) as PolicyInput];
    const d = evaluate(
      request({
        policies: {
          identity: deep,
          resource: deepValue(10_000) as PolicyInput,
          permissionsBoundary: deepText(10_000),
          session: deep,
          guardrails: [deep],
        },
      }),
    );
    expect(d.decision).toBe('ImplicitDeny');
    expect(d.errors.length).toBeGreaterThan(0);
    for (const e of d.errors) expect(e.code).toBe('NESTING_TOO_DEEP');
    const t = evaluateTrust({
      principal: ALICE,
      roleArn: ROLE,
      trustPolicy: deepText(200_000),
      callerPolicies: { identity: deep },
    });
    expect(t).toMatchObject({ decision: 'ImplicitDeny', failedLayer: 'resource' });
    expect(t.errors.map((e) => e.code)).toEqual(['NESTING_TOO_DEEP', 'NESTING_TOO_DEEP', 'NESTING_TOO_DEEP']);
  });

  it('text and object forms agree, and refuse exactly the documents deeper than the limit (property)', () => {
    const shapes = fc.array(fc.constantFrom<'array' | 'object'>('array', 'object'), {
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 * MAX_NESTING_DEPTH }), shapes, (depth, kinds) => {
        const fromText = codes(deepText(depth, kinds)).includes('NESTING_TOO_DEEP');
        const fromValue = codes(deepValue(depth, kinds)).includes('NESTING_TOO_DEEP');
        expect(fromText).toBe(depth > MAX_NESTING_DEPTH);
        expect(fromValue).toBe(fromText);
      }),
      { numRuns: 300 },
    );
  });
});
