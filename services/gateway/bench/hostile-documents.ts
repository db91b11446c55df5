/**
 * The worst GraphQL documents we could think of for the work done before authentication (parsing, validation,
 * the depth / alias / field / cost limits, and anonymous execution): the shapes that make naive checks or GraphQL's
 * own rules super-linear. Each is within the default limits (3,000 tokens, depth 12, 15 aliases, 300 selections,
 * cost 20,000) unless its name says it is refused.
 */

import { getIntrospectionQuery } from 'graphql';

/** One hostile document, sent anonymously as a single request (or a batch). */
export interface HostileDocument {
  name: string;
  query: string;
  operationName?: string;
  /** Send the document this many times in one batched request (the batch limit is 10 by default). */
  batch?: number;
}

/** The introspection query GraphiQL sends. */
const INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const join = (n: number, item: (i: number) => string) => range(n).map(item).join(' ');

/** `n` fragments, each spreading the next `fanOut` times; the last holds `leaf`. Expands to fanOut^n leaves. */
function fanOutChain(n: number, fanOut: number, leaf: string): string {
  const spread = (i: number) => ` ...F${i + 1}`.repeat(fanOut);
  return `{ ...F0 } ${join(n, (i) => `fragment F${i} on Query {${spread(i)} }`)} fragment F${n} on Query { ${leaf} }`;
}

/** `k` fields of one response name, each selecting `m` fields of one name: GraphQL compares them pairwise. */
function repeatedFields(k: number, m: number): string {
  return `{ ${`listGroups { edges { ${'node { arn } '.repeat(m)}} } `.repeat(k)}}`;
}

export const HOSTILE_DOCUMENTS: HostileDocument[] = [
  { name: 'trivial { __typename }', query: '{ __typename }' },
  { name: 'fan-out x2 chain, 20 + 1 alias (refused)', query: fanOutChain(20, 2, 'a: __typename') },
  { name: 'fan-out x2 chain, 20 (refused)', query: fanOutChain(20, 2, '__typename') },
  { name: 'fan-out x2 chain, 270 (refused)', query: fanOutChain(270, 2, '__typename') },
  { name: 'fan-out x2 chain, 6 (190 selections)', query: fanOutChain(6, 2, '__typename') },
  { name: 'fan-out x10 chain, 2 (210 selections)', query: fanOutChain(2, 10, '__typename') },
  { name: '15 aliases (the limit)', query: `{ ${join(15, (i) => `a${i}: __typename`)} }` },
  { name: '700 aliases (refused)', query: `{ ${join(700, (i) => `a${i}: __typename`)} }` },
  { name: '300 same-name leaf fields', query: `{ ${'__typename '.repeat(300)}}` },
  { name: '150 x getUser { arn } (300 fields)', query: `{ ${'getUser { arn } '.repeat(150)}}` },
  { name: 'repeated fields 11 x 12 (286 fields)', query: repeatedFields(11, 12) },
  { name: 'repeated fields 16 x 16 (refused)', query: repeatedFields(16, 16) },
  { name: 'repeated fields 50 x 28 (refused)', query: repeatedFields(50, 28) },
  {
    name: 'deepest the schema allows (refused: cost)',
    query: '{ listGroups { edges { node { users { edges { node { tags { key } } } } } } } }',
  },
  {
    name: '560 nested inline fragments',
    query: `{ ${'... on Query { '.repeat(560)}__typename${' }'.repeat(560)} }`,
  },
  {
    name: '150 distinct fragments, each spread',
    query: `{ ${join(150, (i) => `...G${i}`)} } ${join(150, (i) => `fragment G${i} on Query { __typename }`)}`,
  },
  {
    name: '150 fragments in a chain',
    query: `{ ...H0 } ${join(150, (i) => `fragment H${i} on Query { __typename ${i + 1 < 150 ? `...H${i + 1}` : ''} }`)}`,
  },
  {
    name: '250 fragments in a chain (refused)',
    query: `{ ...H0 } ${join(250, (i) => `fragment H${i} on Query { __typename ${i + 1 < 250 ? `...H${i + 1}` : ''} }`)}`,
  },
  {
    name: '140 unused fragments x 2 fields',
    query: `{ __typename } ${join(140, (i) => `fragment U${i} on Query { getUser { arn } }`)}`,
  },
  { name: '290 directives', query: `{ ${'__typename @include(if: true) @skip(if: false) '.repeat(145)}}` },
  {
    name: '290 operations',
    query: join(290, (i) => `query Q${i} { __typename }`),
    operationName: 'Q289',
  },
  { name: "introspection (GraphiQL's query)", query: INTROSPECTION },
  { name: 'batch of 10 x 15 x getUser { arn }', query: `{ ${'getUser { arn } '.repeat(15)}}`, batch: 10 },
  {
    name: 'batch of 10 x 150 x getUser (9 refused)',
    query: `{ ${'getUser { arn } '.repeat(150)}}`,
    batch: 10,
  },
];
