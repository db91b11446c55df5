import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { countTokens } from '../src/hardening/count-tokens.js';
import { operationCost } from '../src/hardening/operation-cost.js';
import { schema } from '../src/schema/index.js';

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), undefined, variables, 100);

describe('operationCost', () => {
  it('counts one per field and multiplies connection children by the page size', () => {
    expect(cost('{ getUser { userName arn } }')).toBe(3);
    // listUsers(1) + first * (edges(1) + node(1) + userName(1))
    expect(cost('{ listUsers(first: 10) { edges { node { userName } } } }')).toBe(1 + 10 * 3);
    expect(cost('query($n: Int) { listUsers(first: $n) { edges { node { userName } } } }', { n: 7 })).toBe(
      1 + 7 * 3,
    );
  });

  it('assumes the default page size when none is given, and follows fragments', () => {
    expect(cost('{ listUsers { edges { node { ...U } } } } fragment U on User { userName arn }')).toBe(
      1 + 100 * 4,
    );
  });

  it('costs a fragment fan-out chain as it expands, visiting each fragment once', () => {
    const chain = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
    );
    const document = `{ ...F0 } ${chain.join(' ')} fragment F20 on Query { getUser { arn } }`;
    expect(cost(document)).toBe(2 ** 20 * 2);
  });

  it('multiplies nested pages', () => {
    expect(
      cost(
        '{ listGroups(first: 10) { edges { node { users(first: 10) { edges { node { userName } } } } } } }',
      ),
    ).toBe(1 + 10 * (2 + 1 + 10 * 3));
  });
});

describe('countTokens', () => {
  it('stops counting past the limit', () => {
    expect(countTokens('{ a b c }', 100)).toBe(5);
    expect(countTokens(`{ ${'a '.repeat(1000)}}`, 10)).toBe(11);
  });
});
