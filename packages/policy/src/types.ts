/**
 * Public types of `@iamgate/policy`. Everything here is JSON-serializable so that requests and decisions can
 * cross a process boundary (the gateway, the SDK's local evaluator, the CLI) unchanged.
 *
 * CAUTION: these types are the package's public contract; the gateway, the store and the SDK depend on them.
 */

/** A policy document as AWS writes it (`Version`, `Id`, `Statement`). Parsed from JSON, so deliberately loose. */
export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement: StatementDocument | StatementDocument[];
}

/** One statement as written in JSON. Values are checked by `parsePolicy`, not by the type system. */
export interface StatementDocument {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Principal?: PrincipalDocument;
  NotPrincipal?: PrincipalDocument;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, ConditionValueDocument>>;
}

/** `"*"` or an object whose keys are `AWS`, `Service`, `Federated` or `CanonicalUser`. */
export type PrincipalDocument = '*' | { [key: string]: string | string[] };

export type ConditionValueDocument = string | number | boolean | Array<string | number | boolean>;

/**
 * A policy handed to the engine: the document object, its JSON text, or either with an id. The id names the policy
 * in decisions (a managed policy ARN, `user/alice/inline/ReadOnly`, ...). Without one the engine uses
 * `<layer>[<index>]`. The same object, text or id is parsed once and cached.
 */
export type PolicyInput = PolicyDocument | string | IdentifiedPolicy;

export interface IdentifiedPolicy {
  id: string;
  document: PolicyDocument | string;
}

/** What a policy is attached as; validation rules differ per kind (e.g. `Principal` only in resource and trust). */
export type PolicyKind = 'identity' | 'resource' | 'trust' | 'boundary' | 'session' | 'guardrail';

/** Severity of a validation finding, as IAM Access Analyzer's `ValidatePolicy` names them. */
export type FindingSeverity = 'ERROR' | 'SECURITY_WARNING' | 'WARNING' | 'SUGGESTION';

/** One problem found in a policy document. `path` is a JSON pointer (RFC 6901) into the document. */
export interface Finding {
  severity: FindingSeverity;
  code: string;
  path: string;
  message: string;
}

/** The result of `validatePolicy`: `valid` is false when any finding has severity `ERROR`. */
export interface ValidationResult {
  valid: boolean;
  findings: Finding[];
}

/** A value in the request context: condition keys map to one value or a list (multivalued keys). */
export type ContextValue = string | number | boolean | Array<string | number | boolean>;

/** The question the engine answers: may `principal` perform `action` on `resource`, given these policies? */
export interface EvaluationRequest {
  /**
   * The caller: an ARN (`arn:P:iam::A:user/path/name`, `arn:P:iam::A:role/path/name`,
   * `arn:P:sts::A:assumed-role/RoleName/SessionName`, `arn:P:iam::A:root`), a service principal name
   * (`workload.iamgate`), or `"anonymous"`.
   */
  principal: string;
  /** `service:ActionName`, e.g. `iam:CreateUser`. */
  action: string;
  /** The resource ARN, or `*` for actions that take no resource. */
  resource: string;
  /** The account that owns the resource; derived from the resource ARN when absent. */
  resourceAccount?: string;
  /**
   * Condition keys and their values. Keys are case-insensitive. Principal-derived keys are filled in when absent.
   * `aws:userid` (the caller's unique id; `<roleId>:<sessionName>` for a role session) also decides whom unique ids in
   * `Principal`/`NotPrincipal` name: set it from the caller's credentials, never from client input.
   */
  context?: Record<string, ContextValue>;
  policies: RequestPolicies;
}

export interface RequestPolicies {
  /** Identity-based policies: the principal's inline and attached managed policies (and its groups'). */
  identity?: PolicyInput[];
  /** The resource-based policy of the resource (a role's trust policy when deciding `sts:AssumeRole`). */
  resource?: PolicyInput;
  /** The principal's permissions boundary: caps identity-based grants, grants nothing itself. */
  permissionsBoundary?: PolicyInput;
  /** Session policies passed when the session was created: the session's rights are intersected with them. */
  session?: PolicyInput[];
  /** Guardrail levels, outermost (root) first; each level is a list of policies that together must allow (like SCPs). */
  guardrails?: PolicyInput[][];
}

export type DecisionKind = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/** The evaluation layers, in AWS's order. */
export type Layer = 'guardrail' | 'resource' | 'identity' | 'permissionsBoundary' | 'session';

/** A statement that took part in a decision. */
export interface MatchedStatement {
  layer: Layer;
  /** The policy's id (see `PolicyInput`). */
  policyId: string;
  /** The statement's `Sid`, when it has one. */
  sid?: string;
  /** The statement's position in the policy's `Statement` list. */
  index: number;
  effect: 'Allow' | 'Deny';
}

/** An error met while evaluating; the offending policy is skipped (and so grants nothing). */
export interface EvaluationError {
  code: string;
  policyId: string;
  message: string;
}

/** The engine's answer. Deny is a result, never an exception. */
export interface Decision {
  decision: DecisionKind;
  /** The explicit Deny statements that matched (non-empty exactly when `decision` is `ExplicitDeny`). */
  deniedBy: MatchedStatement[];
  /** The Allow statements that matched, in every layer. */
  allowedBy: MatchedStatement[];
  /** For `ImplicitDeny`: the first layer that did not allow. */
  failedLayer?: Layer;
  /**
   * Condition keys the matching statements asked for that the request context lacked (sorted, lowercase), and
   * `aws:userid` when unique ids in a principal element could not be matched without it.
   */
  missingContextKeys: string[];
  /** Policies that could not be used. */
  errors: EvaluationError[];
}

/**
 * May `principal` assume (or tag, or set the source identity of) the role `roleArn`? The role's trust policy must
 * allow the caller explicitly; when it names the account rather than the caller, or the call crosses accounts, the
 * caller's own policies must allow the action on the role as well.
 */
export interface TrustRequest {
  principal: string;
  /** `sts:AssumeRole` (default), `sts:TagSession`, `sts:SetSourceIdentity`. */
  action?: string;
  roleArn: string;
  trustPolicy: PolicyInput;
  /** As `EvaluationRequest.context`; `aws:userid` matches unique ids (`AIDA…`, `AROA…`) in the trust policy. */
  context?: Record<string, ContextValue>;
  /** The caller's own policies (identity, boundary, session, guardrails). */
  callerPolicies?: Omit<RequestPolicies, 'resource'>;
}
