import {
  type ActionAccess,
  type ConditionSpec,
  type FlatPlanNode,
  flattenPlan,
  type LayerLimit,
  type ServiceAccess,
  type StatementScope,
} from '@iamgate/policy';
import type { PrincipalAccessAnswer, ResourcePlanAnswer } from '../../analysis/principal-analysis.js';
import type { PrincipalWithAccess } from '../../analysis/who-can-question.js';
import { MatchedStatementRef, PolicyLayerRef } from '../authorization/types.js';
import { builder } from '../builder.js';

/** Who a `principalsWithAccess` answer lists. */
export const AccessPrincipalTypeRef = builder.enumType('AccessPrincipalType', {
  description: 'What kind of principal an access analysis answer lists.',
  values: {
    USER: { description: 'A user of the account.' },
    ROLE: { description: 'A role of the account, decided as a session of it without session policies.' },
    GROUP: {
      description: 'A group of the account, decided by its own policies (as a member with none of its own).',
    },
    EXTERNAL: {
      description:
        "A principal outside the account that the resource's policy (or the role's trust policy) admits; its own " +
        "account's policies must allow the request too, which this account cannot see.",
    },
  } as const,
});

/** One principal that would be allowed. */
export const PrincipalWithAccessRef = builder
  .objectRef<PrincipalWithAccess>('PrincipalWithAccess')
  .implement({
    description:
      'A principal that would be allowed the action on the resource, with the statements that allow it, decided by ' +
      'the policy engine as `authorize` (or `assumeRole`) would decide its request.',
    fields: (t) => ({
      principalArn: t.exposeString('principalArn', {
        description:
          "The user's, role's or group's ARN; for an external principal, as the policy names it (`*`, an account id, " +
          'an ARN, a service or federated principal).',
      }),
      principalType: t.field({
        type: AccessPrincipalTypeRef,
        description: 'What kind of principal it is.',
        resolve: (p) => p.principalType,
      }),
      decidedAs: t.exposeString('decidedAs', {
        description:
          'The principal the engine decided for: the user, a session of the role ' +
          '(`assumed-role/<role>/access-analysis`), the group, `anonymous` for `*`, a user standing for another account ' +
          '(`arn:<p>:iam::<account>:user/access-analysis`).',
      }),
      allowedBy: t.field({
        type: [MatchedStatementRef],
        description:
          'The Allow statements that matched, in every layer consulted (for an external principal, those of the ' +
          'resource-based or trust policy).',
        resolve: (p) => p.allowedBy,
      }),
      missingContextValues: t.stringList({
        description:
          'Condition keys the matching statements asked for that the question did not give (lowercase).',
        resolve: (p) => p.missingContextKeys,
      }),
    }),
  });

/** A page of principals with access. */
export const PrincipalWithAccessConnectionRef = builder.connectionObject(
  {
    type: PrincipalWithAccessRef,
    name: 'PrincipalWithAccessConnection',
    description:
      'A page of principals with access: users, then roles, then groups, then external principals.',
  },
  { name: 'PrincipalWithAccessEdge', description: 'A principal with access, with its cursor.' },
);

/** A condition as written. */
export const PolicyConditionRef = builder.objectRef<ConditionSpec>('PolicyCondition').implement({
  description:
    "One condition of a statement (`Condition` element): operator, key and values as written, the principal's own " +
    'variables (`aws:username`, `aws:PrincipalTag/...`) substituted.',
  fields: (t) => ({
    operator: t.exposeString('operator', { description: 'The condition operator (`StringEquals`...).' }),
    key: t.exposeString('key', { description: 'The condition key (`aws:ResourceTag/team`...).' }),
    values: t.exposeStringList('values', { description: 'The values; any one of them matches.' }),
  }),
});

/** What a statement covers for an action. */
export const StatementScopeRef = builder.objectRef<StatementScope>('StatementScope').implement({
  description:
    'What one statement covers for an action: its resources and the conditions that could not be decided from the ' +
    "principal's own keys (those on the principal are decided: a statement whose principal conditions fail is left " +
    'out).',
  fields: (t) => ({
    statement: t.field({
      type: MatchedStatementRef,
      description: 'The statement.',
      resolve: (s) => s.statement,
    }),
    resources: t.exposeStringList('resources', {
      description: "Its `Resource` patterns (or `NotResource` ones), the principal's variables substituted.",
    }),
    notResource: t.exposeBoolean('notResource', {
      description: 'Whether `resources` are the ones it excludes (`NotResource`).',
    }),
    conditions: t.field({
      type: [PolicyConditionRef],
      description: 'The conditions on the request and the resource that bound it.',
      resolve: (s) => s.conditions,
    }),
  }),
});

/** A narrowing layer that allows an action only in part. */
export const LayerLimitRef = builder.objectRef<LayerLimit>('LayerLimit').implement({
  description:
    'A permissions boundary, session policy or guardrail level that allows the action only in part.',
  fields: (t) => ({
    layer: t.field({ type: PolicyLayerRef, description: 'The layer.', resolve: (l) => l.layer }),
    level: t.int({
      nullable: true,
      description: 'For guardrails, the level (0 is the outermost).',
      resolve: (l) => l.level ?? null,
    }),
    allows: t.field({
      type: [StatementScopeRef],
      description: 'Its Allow statements that can allow the action.',
      resolve: (l) => l.allows,
    }),
  }),
});

/** What a principal may be allowed to do with one action. */
export const ActionAccessRef = builder.objectRef<ActionAccess>('ActionAccess').implement({
  description: 'An action the principal may be allowed, what allows it, and what limits it.',
  fields: (t) => ({
    action: t.exposeString('action', {
      description:
        '`service:Action`; for a service outside the catalog, an action pattern as the policies name it (`s3:Get*`).',
    }),
    pattern: t.exposeBoolean('pattern', {
      description: 'Whether `action` is a pattern rather than one action.',
    }),
    resourceTypes: t.exposeStringList('resourceTypes', {
      description: 'The resource types the service definition says the action acts on (`order`).',
    }),
    grants: t.field({
      type: [StatementScopeRef],
      description:
        "The Allow statements that can allow it (root: one statement `root`, its own account's everything).",
      resolve: (a) => a.grants,
    }),
    denies: t.field({
      type: [StatementScopeRef],
      description: 'The Deny statements that can take it away (on some resources, or under some conditions).',
      resolve: (a) => a.denies,
    }),
    limits: t.field({
      type: [LayerLimitRef],
      description: 'The boundary, session policies and guardrail levels that allow it only in part.',
      resolve: (a) => a.limits,
    }),
    limited: t.boolean({
      description: 'Whether a Deny, the boundary, a session policy or a guardrail limits it.',
      resolve: (a) => a.denies.length > 0 || a.limits.length > 0,
    }),
  }),
});

/** The actions of one service. */
export const ServiceAccessRef = builder.objectRef<ServiceAccess>('ServiceAccess').implement({
  description: 'The actions of one service the principal may be allowed.',
  fields: (t) => ({
    service: t.exposeString('service', {
      description: 'The service prefix (`orders`), or `*` for action patterns whose service is a wildcard.',
    }),
    inCatalog: t.exposeBoolean('inCatalog', {
      description:
        'Whether the gateway or the account defines the service (its actions are then listed one by one); else the ' +
        'action patterns the policies name are.',
    }),
    actions: t.field({ type: [ActionAccessRef], description: 'The actions.', resolve: (s) => s.actions }),
  }),
});

/** The answer of `accessOfPrincipal`. */
export const PrincipalAccessRef = builder.objectRef<PrincipalAccessAnswer>('PrincipalAccess').implement({
  description:
    "What a principal's own policies can allow, per service (iamgate's; AWS has no equivalent: IAM's last-accessed " +
    'data and the simulator answer narrower questions). Resource-based policies can grant more on their resources, ' +
    'and resources of other accounts also need theirs.',
  fields: (t) => ({
    principalArn: t.exposeString('principalArn', { description: 'The principal asked about.' }),
    decidedAs: t.exposeString('decidedAs', {
      description:
        'The principal analysed: the user or root, or a session of the role (`assumed-role/<role>/access-analysis`).',
    }),
    services: t.field({
      type: [ServiceAccessRef],
      description: 'The services with at least one action it may be allowed, by prefix.',
      resolve: (a) => a.services,
    }),
  }),
});

/** The kinds of a plan. */
export const ResourcePlanKindRef = builder.enumType('ResourcePlanKind', {
  description: "What a resource plan says (Cerbos's `PlanResources` filter kinds).",
  values: {
    ALWAYS_ALLOWED: { description: 'Every resource is allowed.' },
    ALWAYS_DENIED: { description: 'No resource is allowed.' },
    CONDITIONAL: { description: 'The resources for which `nodes[0]` holds are allowed.' },
  } as const,
});

/** The kinds of a plan node. */
export const ResourcePlanNodeKindRef = builder.enumType('ResourcePlanNodeKind', {
  description: 'What a node of a resource plan tests.',
  values: {
    and: { description: 'All of `children` hold.' },
    or: { description: 'One of `children` holds.' },
    not: { description: 'Its one child does not hold.' },
    arn: {
      description: "The resource's ARN matches one of `patterns` (as `Resource` matches, 2012-10-17 syntax).",
    },
    account: {
      description:
        "The resource's ARN names `accountId`, or no account (the principal's own account then owns it).",
    },
    condition: {
      description:
        'The IAM condition `operator` on `key` with `values` holds: on `aws:ResourceTag/<key>`, or on a request key ' +
        'listed in `unknownKeys`.',
    },
  } as const,
});

/** One node of a plan's condition. */
export const ResourcePlanNodeRef = builder.objectRef<FlatPlanNode>('ResourcePlanNode').implement({
  description: "A node of a plan's condition; the root is `nodes[0]`, children are indexes into `nodes`.",
  fields: (t) => ({
    kind: t.field({
      type: ResourcePlanNodeKindRef,
      description: 'What the node tests.',
      resolve: (n) => n.kind,
    }),
    children: t.exposeIntList('children', {
      description: 'For `and`, `or` and `not`: the indexes of the children.',
    }),
    patterns: t.exposeStringList('patterns', { description: 'For `arn`: the ARN patterns.' }),
    accountId: t.exposeString('accountId', { nullable: true, description: 'For `account`: the account.' }),
    operator: t.exposeString('operator', { nullable: true, description: 'For `condition`: the operator.' }),
    key: t.exposeString('key', { nullable: true, description: 'For `condition`: the condition key.' }),
    values: t.exposeStringList('values', { description: 'For `condition`: the values.' }),
  }),
});

/** A known value a plan still reads. */
const PlanBindingRef = builder.objectRef<{ key: string; values: string[] }>('ResourcePlanBinding').implement({
  description:
    "A principal key's value that a plan's condition still reads (a principal key compared with a request " +
    'variable): apply it with the plan.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The condition key (lowercase).' }),
    values: t.exposeStringList('values', { description: 'Its value, or values for a multivalued key.' }),
  }),
});

/** The answer of `resourcesAccessible`. */
export const ResourcePlanRef = builder.objectRef<ResourcePlanAnswer>('ResourcePlan').implement({
  description:
    "Which resources a principal may perform an action on, as a query plan over the resource's ARN and tags " +
    "(like Cerbos's `PlanResources`; iamgate's, AWS has no equivalent). Only the principal's own policies are in it " +
    '(identity, boundary, guardrails): resources of other accounts need their resource-based policies and are never ' +
    'in it. Turn it into a predicate or a database filter with the SDK (`planToPredicate`, `@iamgate/sdk/drizzle`).',
  fields: (t) => ({
    principalArn: t.exposeString('principalArn', { description: 'The principal asked about.' }),
    decidedAs: t.exposeString('decidedAs', {
      description: 'The principal planned for: the user or root, or a session of the role.',
    }),
    action: t.exposeString('action', { description: 'The action.' }),
    resourceType: t.exposeString('resourceType', {
      nullable: true,
      description: 'The resource type the plan is restricted to, when asked.',
    }),
    kind: t.field({
      type: ResourcePlanKindRef,
      description: 'What the plan says.',
      resolve: (a) => a.plan.kind,
    }),
    nodes: t.field({
      type: [ResourcePlanNodeRef],
      description: 'For `CONDITIONAL`: the condition, root first.',
      resolve: (a) => flattenPlan(a.plan),
    }),
    unknownKeys: t.stringList({
      description:
        'Request keys (lowercase) the condition still reads: give their values when applying the plan (absent keys ' +
        'count as absent, as in a decision), or pass them as `context` to get a plan without them.',
      resolve: (a) => a.plan.unknownKeys,
    }),
    bindings: t.field({
      type: [PlanBindingRef],
      description: "Principal keys' values the condition still reads; the SDK applies them.",
      resolve: (a) =>
        Object.entries(a.plan.bindings ?? {}).map(([key, value]) => ({
          key,
          values: (Array.isArray(value) ? value : [value]).map(String),
        })),
    }),
  }),
});
