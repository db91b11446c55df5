import { PGlite } from '@electric-sql/pglite';
import {
  flattenPlan,
  type PolicyDocument,
  PolicyError,
  planAllows,
  planResourceAccess,
  type StatementDocument,
} from '@iamgate/policy';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planToDrizzleWhere } from '../src/drizzle/index.js';
import { planToPredicate } from '../src/index.js';

/**
 * `planToPredicate` and `@iamgate/sdk/drizzle`'s `planToDrizzleWhere`: the predicate decides as the engine does, and
 * on a real PGlite table the `where` clause selects exactly the rows the predicate accepts, for random plans
 * (fast-check) over ARN patterns with wildcards and every translatable tag operator.
 */

const A = '111122223333';
const ALICE = `arn:iamgate:iam::${A}:user/alice`;
const ORDER = `arn:iamgate:orders::${A}:order`;

const orders = pgTable('orders', {
  arn: text('arn').notNull(),
  tags: jsonb('tags').$type<Record<string, string>>(),
});

const ARNS = [
  `${ORDER}/1`,
  `${ORDER}/red-2`,
  `${ORDER}/alice/3`,
  `${ORDER}/a:b`,
  `${ORDER}/*`,
  `arn:iamgate:orders:eu:${A}:order/4`,
  `arn:iamgate:orders::444455556666:order/5`,
  'arn:iamgate:s3:::bucket/k',
  'arn:iamgate:orders:x',
  'plain-text',
];
const TAGS: Record<string, string>[] = [
  {},
  { team: 'red' },
  { team: 'blue', env: 'prod1' },
  { team: '', env: 'dev' },
  { team: 'Red', owner: 'alice' },
  { env: 'q1', owner: 'bob' },
];
const ROWS = ARNS.flatMap((arn) => TAGS.map((tags) => ({ arn, tags })));

const readRed: PolicyDocument = {
  Version: '2012-10-17',
  Statement: {
    Effect: 'Allow',
    Action: 'orders:GetOrder',
    Resource: `${ORDER}/*`,
    Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
  },
};

const patterns = fc.constantFrom(
  '*',
  `${ORDER}/*`,
  `${ORDER}/\${aws:username}/*`,
  `${ORDER}/red-?`,
  `arn:iamgate:orders:*:${A}:order/*`,
  'arn:iamgate:*',
  `${ORDER}/\${*}`,
  `arn:iamgate:orders::*:order/5`,
);
const conditions = fc.constantFrom<NonNullable<StatementDocument['Condition']>>(
  { StringEquals: { 'aws:ResourceTag/team': ['red', 'blue'] } },
  { StringEqualsIgnoreCase: { 'aws:ResourceTag/team': 'RED' } },
  { StringNotEquals: { 'aws:ResourceTag/team': 'blue' } },
  { StringNotEqualsIgnoreCase: { 'aws:ResourceTag/team': 'Blue' } },
  { StringLike: { 'aws:ResourceTag/env': ['prod*', 'q?'] } },
  { StringNotLike: { 'aws:ResourceTag/env': 'd*' } },
  { StringEqualsIfExists: { 'aws:ResourceTag/env': 'dev' } },
  { StringNotEqualsIfExists: { 'aws:ResourceTag/owner': 'bob' } },
  { 'ForAllValues:StringEquals': { 'aws:ResourceTag/team': 'red' } },
  { 'ForAnyValue:StringLike': { 'aws:ResourceTag/team': 'r*' } },
  { 'ForAnyValue:StringNotEquals': { 'aws:ResourceTag/team': 'red' } },
  { Null: { 'aws:ResourceTag/team': 'true' } },
  { Null: { 'aws:ResourceTag/owner': 'false' } },
  { StringEquals: { 'aws:ResourceTag/owner': `\${aws:username}` } },
  { Bool: { 'aws:SecureTransport': 'true' } },
);
const statements = fc
  .record({
    effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Allow', 'Allow', 'Deny'),
    not: fc.boolean(),
    resources: fc.array(patterns, { minLength: 1, maxLength: 2 }),
    condition: fc.array(conditions, { maxLength: 2 }),
  })
  .map((r) => {
    const s: StatementDocument = { Effect: r.effect, Action: 'orders:*' };
    s[r.not && r.effect === 'Deny' ? 'NotResource' : 'Resource'] = r.resources;
    const condition: NonNullable<StatementDocument['Condition']> = {};
    for (const c of r.condition) {
      for (const [op, keys] of Object.entries(c)) condition[op] = { ...condition[op], ...keys };
    }
    if (Object.keys(condition).length > 0) s.Condition = condition;
    return s;
  });
const documents = fc
  .array(statements, { minLength: 1, maxLength: 4 })
  .map((Statement): PolicyDocument => ({ Version: '2012-10-17', Statement }));

describe('planToPredicate', () => {
  it('takes the gateway form of a plan and decides as the engine does', () => {
    const plan = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [readRed] },
    });
    const flat = { kind: plan.kind, nodes: flattenPlan(plan), unknownKeys: plan.unknownKeys, bindings: [] };
    const canRead = planToPredicate(flat);
    expect(canRead({ arn: `${ORDER}/7`, tags: { team: 'red' } })).toBe(true);
    expect(canRead({ arn: `${ORDER}/7`, tags: { team: 'blue' } })).toBe(false);
    expect(canRead({ arn: `arn:iamgate:orders::444455556666:order/7`, tags: { team: 'red' } })).toBe(false);
    expect(planToPredicate({ kind: 'ALWAYS_DENIED', nodes: [] })({ arn: `${ORDER}/7` })).toBe(false);
  });

  it('needs the request keys a plan still reads', () => {
    const plan = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: {
              Effect: 'Allow',
              Action: '*',
              Resource: '*',
              Condition: { Bool: { 'aws:SecureTransport': 'true' } },
            },
          },
        ],
      },
    });
    expect(() => planToPredicate(plan)).toThrow(PolicyError);
    expect(planToPredicate(plan, { context: { 'aws:SecureTransport': true } })({ arn: `${ORDER}/7` })).toBe(
      true,
    );
    expect(planToPredicate(plan, { context: {} })({ arn: `${ORDER}/7` })).toBe(false);
  });
});

describe('planToDrizzleWhere on PGlite', () => {
  let client: PGlite;
  let db: ReturnType<typeof drizzle>;
  const columns = { arn: orders.arn, tag: (key: string) => sql`${orders.tags} ->> ${key}` };
  /** A row as text, its tags in key order (jsonb keeps its own order). */
  const show = (r: { arn: string; tags: Record<string, string> | null }) =>
    `${r.arn} ${JSON.stringify(Object.fromEntries(Object.entries(r.tags ?? {}).sort()))}`;
  const selected = async (where: ReturnType<typeof planToDrizzleWhere>) =>
    (await db.select().from(orders).where(where)).map(show).sort();
  const accepted = (predicate: (r: { arn: string; tags?: Record<string, string> }) => boolean) =>
    ROWS.filter((r) => predicate(r))
      .map(show)
      .sort();

  beforeAll(async () => {
    client = new PGlite();
    db = drizzle(client);
    await db.execute(sql`create table orders (arn text not null, tags jsonb)`);
    await db.insert(orders).values(ROWS);
  });
  afterAll(async () => {
    await client?.close();
  });

  it('selects the rows of the documented example', async () => {
    const plan = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: { identity: [readRed] },
    });
    expect(await selected(planToDrizzleWhere(plan, columns))).toEqual([
      `${ORDER}/* {"team":"red"}`,
      `${ORDER}/1 {"team":"red"}`,
      `${ORDER}/a:b {"team":"red"}`,
      `${ORDER}/alice/3 {"team":"red"}`,
      `${ORDER}/red-2 {"team":"red"}`,
    ]);
  });

  it('selects exactly the rows the predicate accepts', async () => {
    await fc.assert(
      fc.asyncProperty(documents, fc.boolean(), async (identity, secure) => {
        const plan = planResourceAccess({
          principal: ALICE,
          action: 'orders:GetOrder',
          policies: { identity: [identity] },
        });
        const context = { 'aws:SecureTransport': secure };
        const flat = { kind: plan.kind, nodes: flattenPlan(plan), unknownKeys: plan.unknownKeys };
        const predicate = planToPredicate(flat, { context });
        expect(ROWS.every((r) => predicate(r) === planAllows(plan, r, context))).toBe(true);
        expect(await selected(planToDrizzleWhere(flat, columns, { context }))).toEqual(accepted(predicate));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses what it cannot translate', () => {
    const numeric = planResourceAccess({
      principal: ALICE,
      action: 'orders:GetOrder',
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: {
              Effect: 'Allow',
              Action: '*',
              Resource: '*',
              Condition: { NumericLessThan: { 'aws:ResourceTag/level': '5' } },
            },
          },
        ],
      },
    });
    expect(() => planToDrizzleWhere(numeric, columns)).toThrow(
      expect.objectContaining({ code: 'ERR_UNSUPPORTED_PLAN' }),
    );
  });
});
