import {
  arnPatternRegex,
  bindPlan,
  likePatternRegex,
  type PlanCondition,
  PolicyError,
  planAllows,
} from '@iamgate/policy';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { type PlanOptions, type ResourcePlanInput, toResourcePlan } from '../plan/resource-plan.js';

/** Where a resource's ARN and tags are in the query. */
export interface PlanColumns {
  /** The resource's ARN (a text column or expression). */
  arn: SQLWrapper;
  /**
   * The value of the resource's tag `key` as text, null when it has none, e.g.
   * `(key) => sql\`${orders.tags} ->> ${key}\`` for a `jsonb` column. `key` is as the policy wrote it; policies
   * compare tag keys ignoring case, so store them in one case.
   */
  tag: (key: string) => SQLWrapper;
}

/** An ARN-shaped value: `arn:` and four more colons (the engine reads its segments only then). */
const SHAPED = '^arn:([^:]*:){4}';

/** The parts of a condition operator this adapter translates: `String*` and `Null`, with their qualifiers. */
function operatorOf(name: string) {
  let rest = name;
  let qualifier: 'none' | 'ForAnyValue' | 'ForAllValues' = 'none';
  for (const q of ['ForAnyValue', 'ForAllValues'] as const) {
    if (rest.startsWith(`${q}:`)) {
      qualifier = q;
      rest = rest.slice(q.length + 1);
    }
  }
  const ifExists = rest.endsWith('IfExists');
  if (ifExists) rest = rest.slice(0, -'IfExists'.length);
  const match = /^String(Not)?(Equals|EqualsIgnoreCase|Like)$/.exec(rest);
  if (rest === 'Null') return { kind: 'null' as const, qualifier, ifExists };
  if (match === null) return undefined;
  return {
    kind: match[2] as 'Equals' | 'EqualsIgnoreCase' | 'Like',
    negated: match[1] !== undefined,
    qualifier,
    ifExists,
  };
}

function unsupported(message: string): never {
  throw new PolicyError('ERR_UNSUPPORTED_PLAN', message);
}

function anyOf(parts: SQL[], joiner: ' and ' | ' or '): SQL {
  if (parts.length === 0) return joiner === ' and ' ? sql`true` : sql`false`;
  return sql`(${sql.join(parts, sql.raw(joiner))})`;
}

/** A tag condition, exactly as the engine evaluates it on one single-valued key (`evaluate-conditions.ts`). */
function tagCondition(node: Extract<PlanCondition, { kind: 'condition' }>, columns: PlanColumns): SQL {
  const slash = node.key.indexOf('/');
  if (!node.key.toLowerCase().startsWith('aws:resourcetag/'))
    unsupported(`\`${node.key}\` is not a resource tag`);
  const op = operatorOf(node.operator);
  if (op === undefined) unsupported(`\`${node.operator}\` on a resource tag cannot become SQL`);
  // An empty tag value is null, as for any tag key (`reference_policies_elements_condition.html`).
  const value = sql`nullif(${columns.tag(node.key.slice(slash + 1))}, '')`;
  if (op.kind === 'null') {
    const absent = node.values.some((v) => v.toLowerCase() === 'true');
    const present = node.values.some((v) => v.toLowerCase() === 'false');
    return sql`(${value} is null and ${sql.raw(String(absent))} or ${value} is not null and ${sql.raw(String(present))})`;
  }
  let test: SQL;
  if (op.kind === 'Like') {
    test = anyOf(
      node.values.map((v) => sql`${value} ~ ${likePatternRegex(v)}`),
      ' or ',
    );
  } else {
    const texts = node.values.map((v) => planLiteral(v));
    const ci = op.kind === 'EqualsIgnoreCase';
    test = anyOf(
      texts.map((v) => (ci ? sql`lower(${value}) = ${v.toLowerCase()}` : sql`${value} = ${v}`)),
      ' or ',
    );
  }
  const missing = op.ifExists || op.qualifier === 'ForAllValues' || (op.qualifier === 'none' && op.negated);
  const holds = op.negated ? sql`not ${test}` : test;
  return sql`(case when ${value} is null then ${sql.raw(String(missing))} else ${holds} end)`;
}

/** The text of a value without wildcards, in 2012-10-17 syntax: `${*}`, `${?}`, `${$}` are literal characters. */
function planLiteral(value: string): string {
  let text = '';
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '$' && value[i + 1] === '{') {
      const close = value.indexOf('}', i);
      const inner = close < 0 ? '' : value.slice(i + 2, close);
      if (inner !== '*' && inner !== '?' && inner !== '$') unsupported(`\`${value}\` still has a variable`);
      text += inner;
      i = close;
    } else text += value[i];
  }
  return text;
}

function toSql(node: PlanCondition, columns: PlanColumns): SQL {
  switch (node.kind) {
    case 'and':
      return anyOf(
        node.nodes.map((n) => toSql(n, columns)),
        ' and ',
      );
    case 'or':
      return anyOf(
        node.nodes.map((n) => toSql(n, columns)),
        ' or ',
      );
    case 'not':
      return sql`not ${toSql(node.node, columns)}`;
    case 'arn':
      return anyOf(
        node.patterns.map((p) => sql`coalesce(${columns.arn} ~ ${arnPatternRegex(p)}, false)`),
        ' or ',
      );
    case 'account':
      return sql`((case when ${columns.arn} ~ ${SHAPED} then split_part(${columns.arn}, ':', 5) else '' end) in ('', ${node.accountId}))`;
    case 'condition':
      return tagCondition(node, columns);
  }
}

/**
 * The plan as a Drizzle `where` condition (PostgreSQL, PGlite included) over the resource's ARN and tags: the rows
 * it selects are exactly the resources `planToPredicate` accepts. The plan's request keys are decided first with
 * `options.context` (`bindPlan`); ARN patterns and `StringLike` values become regular expressions (`~`), tag
 * conditions `String*` and `Null` comparisons. Other operators on tags (`Numeric*`, `Date*`...) and variables that
 * read other tags cannot: `PolicyError` `ERR_UNSUPPORTED_PLAN` (filter those with `planToPredicate`).
 * `StringEqualsIgnoreCase` uses PostgreSQL's `lower`, which agrees with the engine's for ASCII text.
 *
 * @example
 * import { planToDrizzleWhere } from '@iamgate/sdk/drizzle';
 * const plan = await client.api.resourcesAccessible({ principalArn, action: 'orders:GetOrder', resourceType: 'order' });
 * const where = planToDrizzleWhere(plan, { arn: orders.arn, tag: (key) => sql`${orders.tags} ->> ${key}` });
 * const visible = await db.select().from(orders).where(where);
 */
export function planToDrizzleWhere(
  plan: ResourcePlanInput,
  columns: PlanColumns,
  options: PlanOptions = {},
): SQL {
  const resolved = toResourcePlan(plan);
  if (resolved.unknownKeys.length > 0 && options.context === undefined) planAllows(resolved, { arn: '*' });
  const bound = bindPlan(resolved, options.context);
  if (bound.kind === 'ALWAYS_ALLOWED') return sql`true`;
  if (bound.kind === 'ALWAYS_DENIED' || bound.condition === undefined) return sql`false`;
  return toSql(bound.condition, columns);
}
