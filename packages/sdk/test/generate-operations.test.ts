import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { generateOperations, operationsOf } from '../scripts/generate-operations.js';

const SCHEMA = `
  interface Principal { arn: String! }
  type User implements Principal { arn: String! userName: String! groups(first: Int): GroupConnection! }
  type Role implements Principal { arn: String! roleName: String! }
  type Group { name: String! users(first: Int): UserConnection! }
  type GroupConnection { edges: [GroupEdge!]! pageInfo: PageInfo! }
  type GroupEdge { cursor: String! node: Group! }
  type UserConnection { edges: [UserEdge!]! pageInfo: PageInfo! }
  type UserEdge { cursor: String! node: User! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Deep { next: Deep, level: Int!, a: A! }
  type A { name: String! b: B! }
  type B { name: String! c: C! }
  type C { name: String! d: D! }
  type D { name: String! e: E! }
  type E { name: String! f: F! }
  type F { leaf: String! }
  union Decision = Allowed | Denied
  type Allowed { policyId: String! }
  type Denied { reason: String! }
  type Query {
    whoAmI: Principal!
    decide(action: String!, resource: String): Decision!
    getUser(userName: String!): User!
    listUsers(first: Int, after: String): UserConnection!
    deep: Deep!
    revision: Int!
  }
  type Mutation { createUser(input: CreateUserInput!): User! }
  type Subscription { revision: Int! }
  input CreateUserInput { userName: String! }
`;

const operations = operationsOf(buildSchema(SCHEMA));
const text = (field: string, kind = 'query') =>
  operations.find((o) => o.field === field && o.kind === kind)?.text ?? '';

describe('generated operations', () => {
  it('writes one operation per root field, with the arguments as variables of the same types', () => {
    expect(operations.map((o) => `${o.kind} ${o.name}`)).toEqual([
      'query WhoAmI',
      'query Decide',
      'query GetUser',
      'query ListUsers',
      'query Deep',
      'query RevisionQuery',
      'mutation CreateUser',
      'subscription RevisionSubscription',
    ]);
    expect(text('decide')).toMatch(
      /^query Decide\(\$action: String!, \$resource: String\) \{\n {2}decide\(action: \$action, resource: \$resource\) \{/,
    );
    expect(text('revision')).toBe('query RevisionQuery {\n  revision\n}\n');
  });

  it('selects interfaces and unions with __typename and an inline fragment per type', () => {
    expect(text('decide')).toContain(
      '__typename\n    ... on Allowed {\n      policyId\n    }\n    ... on Denied {',
    );
    expect(text('whoAmI')).toContain('... on Role {\n      arn\n      roleName\n    }');
  });

  it('selects connections with edges, cursor, node and pageInfo, but no connection inside a list', () => {
    const list = text('listUsers');
    expect(list).toContain('edges {\n      cursor\n      node {\n        arn\n        userName\n      }');
    expect(list).toContain('pageInfo {\n      hasNextPage\n      endCursor\n    }');
    // User.groups would cost page size times page size inside a page of users.
    expect(list).not.toContain('groups');
    // Outside a list, a nested connection is selected with its default page size.
    expect(text('getUser')).toContain('groups {');
  });

  it('never enters a type twice on one path and stops at the depth bound', () => {
    const deep = text('deep');
    expect(deep).not.toContain('next');
    expect(deep).toContain('            e {\n              name\n            }');
    expect(deep).not.toContain('leaf');
    // getUser -> groups -> edges -> node (Group) stops at users: User is already on the path.
    expect(text('getUser')).not.toMatch(/users \{/);
  });

  it('maps queries and mutations by field name for the client, and subscriptions apart', () => {
    const { operationMap } = generateOperations(SCHEMA);
    expect(operationMap).toContain('  createUser: documents.CreateUserDocument,');
    expect(operationMap).toContain('  revision: documents.RevisionQueryDocument,');
    expect(operationMap).toContain(
      'export const subscriptionOperations = {\n  revision: documents.RevisionSubscriptionDocument,\n}',
    );
    const clash = SCHEMA.replace('type Subscription', 'type Unused').replace(
      'type Mutation {',
      'type Mutation { revision: Int!',
    );
    expect(() => generateOperations(clash)).toThrow('`revision` is both a query and a mutation');
  });
});
