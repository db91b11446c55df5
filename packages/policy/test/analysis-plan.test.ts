/**
 * `planResourceAccess`, `planAllows`, `bindPlan` and the regular expressions of `arnPatternRegex` and
 * `likePatternRegex`: hand-checked plans, and exactness against `evaluate` on random policies, resources and request
 * keys (fast-check): a plan that reads no request key decides every resource as `evaluate` does; a plan made with
 * part of the request keys decides as `evaluate` once given the rest, directly or bound (`bindPlan`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArnPattern, ArnValue } from '../src/arn-pattern.js';
import {
  arnPatternRegex,
  bindPlan,
  type ContextValue,
  evaluate,
  flattenPlan,
  likePatternRegex,
  PolicyError,
  planAllows,
  planFromNodes,
  planResourceAccess,
} from '../src/index.js';
import {
  A,
  ACTIONS,
  ALICE,
  policies,
  principalContext,
  principals,
  requestContexts,
  resources,
  tagContext,
} from './analysis-arbitraries.js';

const RUNS = { numRuns: 400 };
const ORDER = `arn:iamgate:orders::${A}:order`;
const NO_CONTEXT = { get: () => undefined, missing: () => {} };

const readRed = {
  Version: '2012-10-17',
  Statement: {
    Effect: 'Allow' as const,
    Action: 'orders:GetOrder',
    Resource: `${ORDER}/*`,
    Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
  },
};

describe('planResourceAccess', () => {
  it('is a condition on the ARN and the tags, within the account', () => {
    const plan = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [readRed] },
    });
    expect(plan).toEqual({
      kind: 'CONDITIONAL',
      unknownKeys: [],
      condition: {
        kind: 'and',
        nodes: [
          { kind: 'account', accountId: A },
          { kind: 'arn', patterns: [`${ORDER}/*`] },
          { kind: 'condition', operator: 'StringEquals', key: 'aws:ResourceTag/team', values: ['red'] },
        ],
      },
    });
    expect(planAllows(plan, { arn: `${ORDER}/7`, tags: { team: 'red' } })).toBe(true);
    expect(planAllows(plan, { arn: `${ORDER}/7`, tags: { team: 'blue' } })).toBe(false);
    expect(planAllows(plan, { arn: `${ORDER}/7` })).toBe(false);
  });

  it('is ALWAYS_DENIED when nothing allows, and drops the account when the resource type names it', () => {
    expect(
      planResourceAccess({
        principal: ALICE,
        action: 'orders:CancelOrder',
        policies: { identity: [readRed] },
      }).kind,
    ).toBe('ALWAYS_DENIED');
    const admin = {
      Version: '2012-10-17',
      Statement: { Effect: 'Allow' as const, Action: '*', Resource: '*' },
    };
    const everything = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [admin] },
    });
    expect(everything.condition).toEqual({ kind: 'account', accountId: A });
    const typed = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [admin] },
      resourcePatterns: [`arn:iamgate:orders:*:${A}:order/*`],
    });
    expect(typed.condition).toEqual({ kind: 'arn', patterns: [`arn:iamgate:orders:*:${A}:order/*`] });
  });

  it('reports request keys it cannot know, and decides them once given', () => {
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow' as const, Action: 'orders:*', Resource: `${ORDER}/*` },
        {
          Effect: 'Deny' as const,
          Action: 'orders:*',
          Resource: '*',
          Condition: { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
        },
      ],
    };
    const plan = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [policy] },
    });
    expect(plan.unknownKeys).toEqual(['aws:sourceip']);
    expect(() => planAllows(plan, { arn: `${ORDER}/7` })).toThrow(PolicyError);
    expect(planAllows(plan, { arn: `${ORDER}/7` }, { 'aws:SourceIp': '10.1.2.3' })).toBe(true);
    expect(planAllows(plan, { arn: `${ORDER}/7` }, { 'aws:SourceIp': '192.0.2.1' })).toBe(false);
    expect(bindPlan(plan, { 'aws:SourceIp': '192.0.2.1' }).kind).toBe('ALWAYS_DENIED');
    const known = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [policy] },
      context: { 'aws:SourceIp': '10.1.2.3' },
    });
    expect(known.unknownKeys).toEqual([]);
  });

  it('round-trips through its flat form, and refuses a malformed one', () => {
    const plan = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [readRed] },
    });
    const nodes = flattenPlan(plan);
    expect(nodes[0]).toMatchObject({ kind: 'and', children: [1, 2, 3] });
    expect(planFromNodes({ kind: plan.kind, nodes, unknownKeys: plan.unknownKeys })).toEqual(plan);
    const cycle = [{ ...nodes[0]!, children: [0] }];
    expect(() => planFromNodes({ kind: 'CONDITIONAL', nodes: cycle })).toThrow(PolicyError);
    expect(() => planFromNodes({ kind: 'CONDITIONAL', nodes: [] })).toThrow(PolicyError);
  });

  it('decides every resource as evaluate does, when it reads no request key', () => {
    fc.assert(
      fc.property(
        principals,
        policies,
        fc.constantFrom(...ACTIONS),
        requestContexts,
        fc.array(resources, { minLength: 3, maxLength: 8 }),
        (principal, layers, action, request, sample) => {
          const own = principalContext(principal);
          const plan = planResourceAccess({
            principal: principal.arn,
            action,
            policies: layers,
            context: { ...own, ...request },
            absentKeys: 'absent',
          });
          expect(plan.unknownKeys).toEqual([]);
          for (const resource of sample) {
            const context = { ...own, ...request, ...tagContext(resource.tags) };
            const expected =
              evaluate({
                principal: principal.arn,
                action,
                resource: resource.arn,
                context,
                policies: layers,
              }).decision === 'Allow';
            expect(planAllows(plan, resource), resource.arn).toBe(expected);
          }
        },
      ),
      RUNS,
    );
  });

  it('decides as evaluate does once given the request keys it did not know, directly or bound', () => {
    fc.assert(
      fc.property(
        principals,
        policies,
        fc.constantFrom(...ACTIONS),
        requestContexts,
        fc.func(fc.boolean()),
        fc.array(resources, { minLength: 3, maxLength: 8 }),
        (principal, layers, action, request, knownNow, sample) => {
          const own = principalContext(principal);
          const now: Record<string, ContextValue> = {};
          const later: Record<string, ContextValue> = {};
          for (const [key, value] of Object.entries(request)) (knownNow(key) ? now : later)[key] = value;
          const plan = planResourceAccess({
            principal: principal.arn,
            action,
            policies: layers,
            context: { ...own, ...now },
          });
          const bound = bindPlan(plan, later);
          expect(bound.unknownKeys).toEqual([]);
          for (const resource of sample) {
            const context = { ...own, ...request, ...tagContext(resource.tags) };
            const expected =
              evaluate({
                principal: principal.arn,
                action,
                resource: resource.arn,
                context,
                policies: layers,
              }).decision === 'Allow';
            expect(planAllows(plan, resource, later), resource.arn).toBe(expected);
            expect(planAllows(bound, resource), `${resource.arn} (bound)`).toBe(expected);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('plan regular expressions', () => {
  const pieces = fc.constantFrom(
    'arn',
    ':',
    ':',
    '*',
    '?',
    'a',
    'b',
    '/',
    '${*}',
    '${?}',
    '${$}',
    '.',
    '(',
    '+',
    '[',
  );
  const valuePieces = fc.constantFrom(
    'arn',
    ':',
    ':',
    'a',
    'b',
    '/',
    '*',
    '?',
    '$',
    '.',
    '(',
    '+',
    '[',
    '\n',
  );
  const text = (p: fc.Arbitrary<string>) => fc.array(p, { maxLength: 14 }).map((parts) => parts.join(''));
  /** ARNs of 2 to 7 short segments over a tiny alphabet, so that wildcards and colons meet. */
  const segmented = (p: fc.Arbitrary<string>) =>
    fc
      .array(
        fc.array(p, { maxLength: 3 }).map((parts) => parts.join('')),
        { minLength: 2, maxLength: 7 },
      )
      .map((segments) => `arn:${segments.join(':')}`);
  const arnLike = (p: fc.Arbitrary<string>) => fc.oneof(text(p), segmented(p));
  const segmentPieces = fc.constantFrom('a', 'b', '*', '?', '${*}', ':');
  const segmentValues = fc.constantFrom('a', 'b', '*', ':', '');

  it('arnPatternRegex matches exactly what the engine matches', () => {
    fc.assert(
      fc.property(
        fc.oneof(arnLike(pieces), segmented(segmentPieces)),
        fc.oneof(arnLike(valuePieces), segmented(segmentValues)),
        (pattern, value) => {
          const engine = ArnPattern.compile(pattern, true).matches(new ArnValue(value), NO_CONTEXT);
          expect(new RegExp(arnPatternRegex(pattern), 's').test(value)).toBe(engine);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('likePatternRegex matches exactly what StringLike matches', () => {
    fc.assert(
      fc.property(text(pieces), text(valuePieces), (pattern, value) => {
        const engine = evaluate({
          principal: ALICE,
          action: 'x:Y',
          resource: '*',
          context: { 'app:k': value },
          policies: {
            identity: [
              {
                Version: '2012-10-17',
                Statement: {
                  Effect: 'Allow',
                  Action: '*',
                  Resource: '*',
                  Condition: { StringLike: { 'app:k': pattern } },
                },
              },
            ],
          },
        }).decision;
        expect(new RegExp(likePatternRegex(pattern), 's').test(value)).toBe(engine === 'Allow');
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a pattern that still has a variable', () => {
    expect(() => arnPatternRegex(`${ORDER}/\${aws:username}`)).toThrow(PolicyError);
  });
});
