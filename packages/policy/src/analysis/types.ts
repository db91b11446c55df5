/**
 * Public types of access analysis: what a principal's policies can allow (`accessOfPrincipal`) and which resources
 * they can reach for one action (`planResourceAccess`). JSON-serializable, like every type of the package.
 *
 * CAUTION: these types are public; the gateway and the SDK depend on them.
 */
import type { ServiceCatalog } from '../service-definitions/catalog.js';
import type { ContextValue, Layer, RequestPolicies } from '../types.js';

/** A statement an answer refers to, named as decisions name statements (`MatchedStatement`). */
export interface StatementRef {
  layer: Layer;
  policyId: string;
  sid?: string;
  index: number;
  effect: 'Allow' | 'Deny';
}

/** One condition of a statement: its operator, key and values as written, the principal's own variables resolved. */
export interface ConditionSpec {
  operator: string;
  key: string;
  values: string[];
}

/**
 * What one statement covers for an action: its resource patterns and the conditions the analysis could not decide
 * in advance (request keys, resource tags). Conditions on the principal's own keys are decided: a statement whose
 * principal conditions fail is left out, and those that hold are not repeated.
 */
export interface StatementScope {
  statement: StatementRef;
  /** The `Resource` patterns, or the `NotResource` ones when `notResource`; the principal's variables resolved. */
  resources: string[];
  notResource: boolean;
  conditions: ConditionSpec[];
}

/** A narrowing layer that does not allow the action everywhere: the statements of it that can allow. */
export interface LayerLimit {
  layer: 'permissionsBoundary' | 'session' | 'guardrail';
  /** For guardrails, the level (0 is the outermost). */
  level?: number;
  allows: StatementScope[];
}

/** What a principal may be allowed to do with one action. */
export interface ActionAccess {
  /** `orders:GetOrder`; for a service outside the catalog, an action pattern as the policies name it (`s3:Get*`). */
  action: string;
  /** True when `action` is a pattern from the policies rather than an action of the catalog. */
  pattern: boolean;
  /** The resource types the catalog says the action acts on (`order`); empty outside the catalog. */
  resourceTypes: string[];
  /** The Allow statements that can allow it (for root: one statement `root`, everything in its own account). */
  grants: StatementScope[];
  /** The Deny statements that can apply to it (none denies it everywhere unconditionally, or it would be absent). */
  denies: StatementScope[];
  /** The boundary, session policies and guardrail levels that allow it only in part. */
  limits: LayerLimit[];
}

/** The actions of one service a principal may be allowed. */
export interface ServiceAccess {
  /** The service prefix (`orders`), or `*` for action patterns whose service is itself a wildcard. */
  service: string;
  /** Whether the catalog defines the service (its actions are then listed one by one). */
  inCatalog: boolean;
  actions: ActionAccess[];
}

/** The answer of `accessOfPrincipal`. */
export interface PrincipalAccess {
  principal: string;
  services: ServiceAccess[];
}

/** A resource a plan is applied to: its ARN and its tags (`aws:ResourceTag/<key>`). */
export interface PlanResource {
  arn: string;
  tags?: Readonly<Record<string, string>>;
}

/**
 * A condition of a query plan over a resource (`PlanResource`):
 * - `arn`: the ARN matches one of `patterns` (as `Resource` matches, IAM pattern syntax of 2012-10-17);
 * - `account`: the ARN's account segment is `accountId`, or it has none (the principal's own account then owns it);
 * - `condition`: an IAM condition (`operator`, `key`, `values`, 2012-10-17 syntax) on an `aws:ResourceTag/<key>`
 *   key, or, when the plan could not know it, on a key of the request (see `ResourcePlan.unknownKeys`);
 * - `and`, `or`, `not` of the above.
 */
export type PlanCondition =
  | { kind: 'and'; nodes: PlanCondition[] }
  | { kind: 'or'; nodes: PlanCondition[] }
  | { kind: 'not'; node: PlanCondition }
  | { kind: 'arn'; patterns: string[] }
  | { kind: 'account'; accountId: string }
  | { kind: 'condition'; operator: string; key: string; values: string[] };

/** What a plan says: every resource, none, or those its condition holds for. */
export type PlanKind = 'ALWAYS_ALLOWED' | 'ALWAYS_DENIED' | 'CONDITIONAL';

/** Which resources one principal may perform one action on, as Cerbos's `PlanResources` answers it. */
export interface ResourcePlan {
  kind: PlanKind;
  /** Present exactly when `kind` is `CONDITIONAL`. */
  condition?: PlanCondition;
  /**
   * Request keys (lowercased, sorted) the plan's conditions or patterns still depend on: give their values to
   * `planAllows` or `bindPlan` when applying it. Empty for a plan that depends on the resource alone.
   */
  unknownKeys: string[];
  /**
   * Values of the principal's keys that the condition still reads because they could not be written into it (a
   * principal key compared with a request variable); applied with the plan, never overridden by a request.
   */
  bindings?: Record<string, ContextValue>;
}

/** A plan condition as a node list (root first), for transports that cannot nest (GraphQL). */
export interface FlatPlanNode {
  kind: PlanCondition['kind'];
  /** Indexes of the children in the list (`and`, `or`: any number; `not`: one). */
  children: number[];
  patterns: string[];
  accountId: string | null;
  operator: string | null;
  key: string | null;
  values: string[];
}

/** Input of `accessOfPrincipal`. */
export interface AccessAnalysisInput {
  /** The principal (user, role session, role or root ARN). */
  principal: string;
  /** Its policies: identity, permissions boundary, session policies, guardrails (no resource policy). */
  policies: Omit<RequestPolicies, 'resource'>;
  /**
   * The principal's own keys, which every request of it carries (`aws:username`, `aws:userid`,
   * `aws:PrincipalArn`, `aws:PrincipalTag/*`...). Principal keys absent from it are known to be absent.
   */
  context?: Record<string, ContextValue>;
  /** The services whose actions are listed one by one (`ServiceCatalog`). */
  services?: ServiceCatalog;
  /** Only this service prefix. */
  service?: string;
}

/** Input of `planResourceAccess`. */
export interface PlanInput {
  principal: string;
  action: string;
  policies: Omit<RequestPolicies, 'resource'>;
  /** Keys known when planning: the principal's own and any request keys the caller knows (`aws:CurrentTime`...). */
  context?: Record<string, ContextValue>;
  /**
   * How a key absent from `context` is read: `unknown` (default) keeps conditions on it in the plan and lists it in
   * `unknownKeys`; `absent` decides them as the engine decides a request without the key. Principal keys are always
   * known, and `aws:ResourceTag/*` always belongs to the resource.
   */
  absentKeys?: 'unknown' | 'absent';
  /** ARN patterns of the resource type asked about (`arn:iamgate:orders:*:111122223333:order/*`): the plan is ANDed with them. */
  resourcePatterns?: string[];
}
