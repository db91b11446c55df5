import {
  type ContextValue,
  type FlatPlanNode,
  type PlanKind,
  planAllows,
  planFromNodes,
  type ResourcePlan,
} from '@iamgate/policy';

/** A node of a plan as the gateway's `resourcesAccessible` returns it. */
export type PlanNodeInput = Pick<FlatPlanNode, 'kind'> & {
  children: readonly number[];
  patterns: readonly string[];
  accountId: string | null;
  operator: string | null;
  key: string | null;
  values: readonly string[];
};

/**
 * A resource plan: the result of `client.api.resourcesAccessible(...)` (its `kind`, `nodes`, `unknownKeys` and
 * `bindings`), or a `ResourcePlan` made by `planResourceAccess` of `@iamgate/policy`.
 */
export type ResourcePlanInput =
  | ResourcePlan
  | {
      kind: PlanKind;
      nodes: readonly PlanNodeInput[];
      unknownKeys?: readonly string[];
      bindings?: readonly { key: string; values: readonly string[] }[] | null;
    };

/** A resource a plan is applied to: its ARN and its tags (`aws:ResourceTag/<key>`). */
export interface PlannedResource {
  arn: string;
  tags?: Readonly<Record<string, string>>;
}

/** Options of `planToPredicate` and `planToDrizzleWhere`. */
export interface PlanOptions {
  /**
   * The request's keys, for a plan whose `unknownKeys` is not empty (`aws:SourceIp`...): keys it lacks count as
   * absent, as in a decision. Without it such a plan is refused (`PolicyError` `ERR_PLAN_NOT_BOUND`).
   */
  context?: Readonly<Record<string, ContextValue>>;
}

/** The plan in `@iamgate/policy`'s form, whichever form it came in. */
export function toResourcePlan(plan: ResourcePlanInput): ResourcePlan {
  if (!('nodes' in plan)) return plan;
  const bindings: Record<string, ContextValue> = {};
  for (const b of plan.bindings ?? []) bindings[b.key] = b.values.length === 1 ? b.values[0]! : [...b.values];
  return planFromNodes({
    kind: plan.kind,
    nodes: plan.nodes.map((n) => ({
      ...n,
      children: [...n.children],
      patterns: [...n.patterns],
      values: [...n.values],
    })),
    unknownKeys: plan.unknownKeys ?? [],
    bindings,
  });
}

/**
 * A predicate that tells whether the plan allows a resource, with the policy engine's own matchers: for each
 * resource exactly what `authorize` would answer for the principal and action the plan was made for (without a
 * resource-based policy). For checking resources already in memory; for a database, see `@iamgate/sdk/drizzle`.
 *
 * @example
 * const plan = await client.api.resourcesAccessible({ principalArn, action: 'orders:GetOrder' });
 * const canRead = planToPredicate(plan);
 * const visible = orders.filter((o) => canRead({ arn: o.arn, tags: o.tags }));
 */
export function planToPredicate(
  plan: ResourcePlanInput,
  options: PlanOptions = {},
): (resource: PlannedResource) => boolean {
  const resolved = toResourcePlan(plan);
  if (resolved.kind !== 'CONDITIONAL') {
    const answer = resolved.kind === 'ALWAYS_ALLOWED';
    return () => answer;
  }
  // Checked once, so that a plan that needs the request's keys fails where it is made, not per resource.
  if (resolved.unknownKeys.length > 0 && options.context === undefined) planAllows(resolved, { arn: '*' });
  return (resource) => planAllows(resolved, resource, options.context);
}
