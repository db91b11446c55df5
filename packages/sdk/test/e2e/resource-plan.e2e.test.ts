/**
 * Resource reach as an app uses it: the root asks the gateway for a principal's plan (`client.api.resourcesAccessible`)
 * and the app filters its own orders table (PGlite, through Drizzle) with `@iamgate/sdk/drizzle`; the rows selected
 * are exactly those the predicate accepts and those `authorize` allows for the principal.
 */
import { PGlite } from '@electric-sql/pglite';
import { testDrivers } from '@iamgate/store/testing';
import { sql } from 'drizzle-orm';
import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planToDrizzleWhere } from '../../src/drizzle/index.js';
import { planToPredicate, type ResourcesAccessibleQuery } from '../../src/index.js';
import { startTestGateway, type TestGateway } from '../support/test-gateway.js';

const orders = pgTable('orders', {
  arn: text('arn').notNull(),
  tags: jsonb('tags').$type<Record<string, string>>(),
});

describe.each(testDrivers())('resource plans from the gateway applied by an app on %s', (driver) => {
  let t: TestGateway;
  let client: PGlite;
  let carol: string;
  let rows: { arn: string; tags: Record<string, string> }[];

  beforeAll(async () => {
    t = await startTestGateway(driver);
    const A = t.account.id;
    carol = (await t.root.api.createUser({ userName: 'carol' })).arn;
    await t.root.api.putUserPolicy({
      userName: 'carol',
      policyName: 'red-orders',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: 'orders:GetOrder',
            Resource: `arn:iamgate:orders::${A}:order/*`,
            Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' } },
          },
          { Effect: 'Deny', Action: 'orders:GetOrder', Resource: `arn:iamgate:orders::${A}:order/secret-*` },
        ],
      }),
    });
    rows = [];
    for (const id of ['1', '2', 'secret-3', 'x:y']) {
      for (const team of ['red', 'blue', '']) {
        rows.push({ arn: `arn:iamgate:orders::${A}:order/${id}`, tags: team === '' ? {} : { team } });
      }
    }
    rows.push({ arn: 'arn:iamgate:orders::999988887777:order/1', tags: { team: 'red' } });
    client = new PGlite();
    const db = drizzle(client);
    await db.execute(sql`create table orders (arn text not null, tags jsonb)`);
    await db.insert(orders).values(rows);
  });
  afterAll(async () => {
    await client?.close();
    await t?.cleanup();
  });

  it('filters the table to exactly what authorize allows', async () => {
    const plan = await t.root.api.resourcesAccessible({ principalArn: carol, action: 'orders:GetOrder' });
    expect(plan.kind).toBe('CONDITIONAL');
    const typed: ResourcesAccessibleQuery['resourcesAccessible'] = plan;
    const canRead = planToPredicate(typed);
    const db = drizzle(client);
    const where = planToDrizzleWhere(plan, { arn: orders.arn, tag: (key) => sql`${orders.tags} ->> ${key}` });
    const selected = (await db.select().from(orders).where(where)).map(
      (r) => `${r.arn} ${r.tags?.team ?? ''}`,
    );
    const accepted = rows.filter((r) => canRead(r)).map((r) => `${r.arn} ${r.tags.team ?? ''}`);
    expect(selected.sort()).toEqual(accepted.sort());
    expect(accepted.map((r) => r.split('/').at(-1))).toEqual(['1 red', '2 red', 'x:y red']);
    for (const row of rows) {
      const answer = await t.root.api.authorize({
        action: 'orders:GetOrder',
        resource: row.arn,
        principalArn: carol,
        context: Object.entries(row.tags).map(([key, value]) => ({
          key: `aws:ResourceTag/${key}`,
          values: [value],
        })),
      });
      expect(canRead(row), `${row.arn} ${JSON.stringify(row.tags)}`).toBe(answer.allowed);
    }
  });
});
