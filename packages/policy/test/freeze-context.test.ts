/**
 * `freezeContext`: a context read once and shared by many decisions gives every decision the answer the plain
 * context gives, cannot be changed afterwards, and an invalid one is still reported by `evaluate`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, freezeContext } from '../src/index.js';
import { requests } from './arbitraries.js';
import { ALICE, allow, OBJECT, policy, request } from './helpers.js';

describe('freezeContext', () => {
  it('decides every random request as the plain context does', () => {
    fc.assert(
      fc.property(requests, (r) => {
        const plain = evaluate(r);
        const frozen = r.context === undefined ? r : { ...r, context: freezeContext(r.context) };
        expect(evaluate(frozen)).toEqual(plain);
        // Asked again, from what was read when it was frozen.
        expect(evaluate(frozen)).toEqual(plain);
      }),
      { numRuns: 500 },
    );
  });

  it('copies: changing the original or the copy later changes no decision', () => {
    const team = { Effect: 'Allow' as const, Action: 's3:GetObject', Resource: OBJECT };
    const identity = [
      policy({ ...team, Condition: { StringEquals: { 'aws:PrincipalTag/team': 'red' } } }),
      policy(
        allow('s3:PutObject', OBJECT, { Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'x' } } }),
      ),
    ];
    const original: Record<string, string | string[]> = {
      'aws:PrincipalTag/team': 'red',
      'aws:TagKeys': ['y'],
    };
    const context = freezeContext(original);
    original['aws:PrincipalTag/team'] = 'blue';
    (original['aws:TagKeys'] as string[]).push('x');
    expect(evaluate(request({ context, policies: { identity } })).decision).toBe('Allow');
    expect(evaluate(request({ action: 's3:PutObject', context, policies: { identity } })).decision).toBe(
      'ImplicitDeny',
    );
    expect(() => {
      (context as Record<string, unknown>)['aws:PrincipalTag/team'] = 'blue';
    }).toThrow(TypeError);
    expect(() => (context['aws:TagKeys'] as string[]).push('x')).toThrow(TypeError);
  });

  it('leaves a context that is not valid to `evaluate`, which reports it', () => {
    const context = freezeContext({ k: { nested: true } } as never);
    const d = evaluate({ principal: ALICE, action: 's3:GetObject', resource: OBJECT, context, policies: {} });
    expect(d.errors.map((e) => e.code)).toEqual(['INVALID_REQUEST']);
  });
});
