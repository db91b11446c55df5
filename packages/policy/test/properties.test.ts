/**
 * Invariants of the evaluation logic, checked on random policy sets (fast-check): more Allows never take access
 * away, more Denies never give it, and the narrowing layers (boundary, session, guardrails) only ever narrow
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html). Evaluation and validation
 * are total on random input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EvaluationRequest,
  evaluate,
  FINDING_CODES,
  type PolicyDocument,
  type PolicyKind,
  validatePolicy,
} from '../src/index.js';
import { document, requests, statement } from './arbitraries.js';

const RUNS = { numRuns: 400 };

/** Adds `extra` as a new statement of the policy at `index` (of a list) in `layer`; a new identity policy otherwise. */
function withStatement(
  request: EvaluationRequest,
  layer: string,
  index: number,
  extra: object,
): EvaluationRequest {
  const p = structuredClone(request.policies);
  const add = (doc: PolicyDocument): PolicyDocument => ({
    ...doc,
    Statement: [...[doc.Statement].flat(), extra as never],
  });
  if (layer === 'resource' && p.resource !== undefined) p.resource = add(p.resource as PolicyDocument);
  else if (layer === 'permissionsBoundary' && p.permissionsBoundary !== undefined)
    p.permissionsBoundary = add(p.permissionsBoundary as PolicyDocument);
  else if (layer === 'session' && p.session?.length)
    p.session[index % p.session.length] = add(p.session[index % p.session.length] as PolicyDocument);
  else if (layer === 'guardrail' && p.guardrails?.length) {
    const level = p.guardrails[index % p.guardrails.length]!;
    level[index % level.length] = add(level[index % level.length] as PolicyDocument);
  } else p.identity = [...(p.identity ?? []), { Version: '2012-10-17', Statement: [extra as never] }];
  return { ...request, policies: p };
}

const layers = fc.constantFrom('identity', 'resource', 'permissionsBoundary', 'session', 'guardrail');

describe('evaluation invariants', () => {
  it('adding an Allow statement anywhere never removes access', () => {
    fc.assert(
      fc.property(requests, layers, fc.nat(), statement(true, 'Allow'), (request, layer, index, extra) => {
        const before = evaluate(request);
        const after = evaluate(
          withStatement(
            request,
            layer,
            index,
            layer === 'resource' ? extra : { ...extra, Principal: undefined, NotPrincipal: undefined },
          ),
        );
        if (before.decision === 'Allow') expect(after.decision).toBe('Allow');
      }),
      RUNS,
    );
  });

  it('adding a Deny statement anywhere never grants access', () => {
    fc.assert(
      fc.property(requests, layers, fc.nat(), statement(true, 'Deny'), (request, layer, index, extra) => {
        const before = evaluate(request);
        const after = evaluate(
          withStatement(
            request,
            layer,
            index,
            layer === 'resource' ? extra : { ...extra, Principal: undefined, NotPrincipal: undefined },
          ),
        );
        if (before.decision !== 'Allow') expect(after.decision).not.toBe('Allow');
        if (before.decision === 'ExplicitDeny') expect(after.decision).toBe('ExplicitDeny');
      }),
      RUNS,
    );
  });

  it('a permissions boundary, session policies and guardrails only narrow', () => {
    fc.assert(
      fc.property(
        requests,
        document(false),
        fc.array(document(false), { minLength: 1, maxLength: 2 }),
        (request, extra, level) => {
          const { permissionsBoundary, session, guardrails, ...rest } = request.policies;
          const bare = evaluate({ ...request, policies: rest });
          const narrowed = [
            { ...rest, permissionsBoundary: permissionsBoundary ?? extra },
            { ...rest, session: session ?? [extra] },
            { ...rest, guardrails: [...(guardrails ?? []), level] },
            { ...rest, permissionsBoundary: extra, session: [extra], guardrails: [level] },
          ];
          for (const policies of narrowed) {
            const d = evaluate({ ...request, policies });
            if (d.decision === 'Allow') expect(bare.decision).toBe('Allow');
            if (bare.decision === 'ExplicitDeny') expect(d.decision).toBe('ExplicitDeny');
          }
        },
      ),
      RUNS,
    );
  });

  it('an explicit deny is reported exactly when deniedBy is non-empty', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const d = evaluate(request);
        expect(d.decision === 'ExplicitDeny').toBe(d.deniedBy.length > 0);
        expect(d.decision === 'ImplicitDeny').toBe(d.failedLayer !== undefined);
        expect(d.missingContextKeys).toEqual([...new Set(d.missingContextKeys)].sort());
      }),
      RUNS,
    );
  });

  it('gives the same answer for a document, its JSON text and an id wrapper', () => {
    fc.assert(
      fc.property(requests, (request) => {
        const identity = request.policies.identity ?? [];
        const asText = {
          ...request,
          policies: { ...request.policies, identity: identity.map((p) => JSON.stringify(p)) },
        };
        const asIds = {
          ...request,
          policies: {
            ...request.policies,
            identity: identity.map((p, i) => ({ id: `identity[${i}]`, document: p as PolicyDocument })),
          },
        };
        const d = evaluate(request);
        expect(evaluate(asText)).toEqual(d);
        expect(evaluate(asIds)).toEqual(d);
      }),
      { numRuns: 100 },
    );
  });
});

const kinds = fc.constantFrom<PolicyKind>(
  'identity',
  'resource',
  'trust',
  'boundary',
  'session',
  'guardrail',
);

describe('totality', () => {
  it('validatePolicy never throws on any string or JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue(), fc.anything()), kinds, (input, kind) => {
        const result = validatePolicy(input, kind);
        expect(typeof result.valid).toBe('boolean');
        for (const f of result.findings) expect(FINDING_CODES).toContain(f.code);
        expect(result.valid).toBe(!result.findings.some((f) => f.severity === 'ERROR'));
      }),
      { numRuns: 1000 },
    );
  });

  it('validatePolicy never throws on mutated valid policies', () => {
    const mutated = fc.tuple(document(true), fc.jsonValue(), fc.nat()).map(([doc, junk, n]) => {
      const text = JSON.stringify(doc);
      const at = n % (text.length + 1);
      return [
        JSON.parse(JSON.stringify({ ...doc, Statement: [...[doc.Statement].flat(), junk] })),
        `${text.slice(0, at)}${JSON.stringify(junk)}${text.slice(at)}`,
      ];
    });
    fc.assert(
      fc.property(mutated, kinds, ([value, text], kind) => {
        expect(validatePolicy(value, kind).findings.length).toBeGreaterThan(0);
        expect(typeof validatePolicy(text, kind).valid).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('evaluate never throws on random requests or random policies', () => {
    const anyPolicy = fc.oneof(fc.anything(), fc.string(), fc.json(), document(true));
    const wild = fc.oneof(
      fc.anything(),
      fc.record({
        principal: fc.string(),
        action: fc.string(),
        resource: fc.string(),
        policies: fc.anything(),
      }),
      fc.record({
        principal: fc.string(),
        action: fc.string(),
        resource: fc.string(),
        context: fc.dictionary(
          fc.string(),
          fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string())),
        ),
        policies: fc.record(
          { identity: fc.array(anyPolicy), resource: anyPolicy, permissionsBoundary: anyPolicy },
          { requiredKeys: [] },
        ),
      }),
    );
    fc.assert(
      fc.property(wild, (request) => {
        const d = evaluate(request as EvaluationRequest);
        expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(d.decision);
        expect(Array.isArray(d.errors)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
