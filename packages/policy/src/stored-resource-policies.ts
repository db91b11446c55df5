/**
 * Resource-based policies kept for ARN patterns rather than sent with each request (iamgate's stored resource
 * policies, like S3 bucket policies kept by S3): which of them apply to a resource, and how they are decided as the
 * one resource-based layer of a request. The gateway, the SDK's local evaluator and the middleware all decide through
 * here, so that they decide alike.
 */
import { ArnPattern, ArnValue } from './arn-pattern.js';
import { evaluate } from './evaluate.js';
import { resolvePolicy } from './policy-set.js';
import type {
  Decision,
  EvaluationError,
  EvaluationRequest,
  IdentifiedPolicy,
  MatchedStatement,
  PolicyDocument,
  StatementDocument,
} from './types.js';

/** A resource-based policy kept for a resource ARN or an ARN pattern. */
export interface StoredResourcePolicy {
  /**
   * The resource ARN, or an ARN pattern with `*` and `?` (`arn:iamgate:orders::123456789012:order/*`), matched as
   * the `Resource` element matches (`reference_policies_elements_resource.html`). It names the policy in decisions.
   */
  resourceArn: string;
  /** The policy document, JSON text. */
  document: string;
}

/** Where a statement of a merged resource policy comes from. */
export interface StatementOrigin {
  /** The stored policy's `resourceArn`. */
  policyId: string;
  /** The statement's index in that policy. */
  index: number;
  sid?: string;
}

/** The stored policies that apply to one resource, as one resource-based policy the engine evaluates. */
export interface MergedResourcePolicy {
  /** The policy for `policies.resource`: every statement of every usable matching policy. */
  policy: IdentifiedPolicy;
  /** Per statement of `policy`, the stored policy and statement it is. */
  origins: readonly StatementOrigin[];
  /** The `resourceArn`s of the stored policies that matched. */
  matched: readonly string[];
  /** Matching stored policies that could not be used (a document the engine cannot parse). */
  errors: readonly EvaluationError[];
}

/** The id of a merged policy in the engine; decisions name the stored policies instead (`attributeStatements`). */
export const MERGED_RESOURCE_POLICY_ID = 'stored-resource-policies';

const NO_CONTEXT = { get: () => undefined, missing: () => {} };

/**
 * Whether a resource ARN matches a stored policy's ARN or ARN pattern: segment by segment, `*` and `?` within a
 * segment, case-sensitively, exactly as a `Resource` element without variables (`${...}` is literal text here).
 *
 * @example
 * resourceArnMatches('arn:iamgate:orders::123456789012:order/*', 'arn:iamgate:orders::123456789012:order/7'); // true
 */
export function resourceArnMatches(pattern: string, resource: string): boolean {
  return ArnPattern.compile(pattern, false).matches(new ArnValue(resource), NO_CONTEXT);
}

interface Usable {
  resourceArn: string;
  /** Whether `${...}` are variables in it (`"Version": "2012-10-17"`). */
  variables: boolean;
  statements: StatementDocument[];
}

/** How many resources a set remembers the merged policy of. */
const REMEMBERED_RESOURCES = 1024;

/**
 * A set of stored resource policies (an account's, or those of one service of an account), parsed once: the merged
 * policy of a resource is built once per combination of matching policies and reused as the same object, so that
 * the engine compiles it once. Immutable after construction (caches may freeze it).
 */
export class StoredResourcePolicies {
  /** The policies, as given. */
  readonly policies: readonly StoredResourcePolicy[];
  private readonly usable: (Usable | undefined)[];
  private readonly unusable: (EvaluationError | undefined)[];
  private readonly bySignature = new Map<string, MergedResourcePolicy>();
  private readonly byResource = new Map<string, MergedResourcePolicy | null>();

  constructor(policies: readonly StoredResourcePolicy[]) {
    this.policies = policies;
    this.usable = [];
    this.unusable = [];
    for (const stored of policies) {
      // Resolved as the engine resolves any policy input: the same document is unusable here and there.
      const resolved = resolvePolicy(
        { id: stored.resourceArn, document: stored.document },
        stored.resourceArn,
      );
      if (resolved.error !== undefined || resolved.policy === undefined) {
        this.usable.push(undefined);
        this.unusable.push(resolved.error);
        continue;
      }
      const doc = JSON.parse(stored.document) as PolicyDocument;
      const list = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
      this.usable.push({
        resourceArn: stored.resourceArn,
        variables: doc.Version === '2012-10-17',
        statements: list,
      });
      this.unusable.push(undefined);
    }
  }

  /** How many policies the set holds. */
  get size(): number {
    return this.policies.length;
  }

  /** The merged policy of the stored policies whose ARN pattern matches `resource`, or undefined when none does. */
  forResource(resource: string): MergedResourcePolicy | undefined {
    const known = this.byResource.get(resource);
    if (known !== undefined) return known ?? undefined;
    const indices: number[] = [];
    this.policies.forEach((p, i) => {
      if (resourceArnMatches(p.resourceArn, resource)) indices.push(i);
    });
    const merged = indices.length === 0 ? undefined : this.merged(indices);
    if (this.byResource.size >= REMEMBERED_RESOURCES)
      this.byResource.delete(this.byResource.keys().next().value!);
    this.byResource.set(resource, merged ?? null);
    return merged;
  }

  private merged(indices: number[]): MergedResourcePolicy {
    const signature = indices.join(',');
    let merged = this.bySignature.get(signature);
    if (merged === undefined) {
      merged = mergePolicies(
        indices.map((i) => this.usable[i]).filter((u): u is Usable => u !== undefined),
        indices.map((i) => this.policies[i]!.resourceArn),
        indices.map((i) => this.unusable[i]).filter((e): e is EvaluationError => e !== undefined),
      );
      if (this.bySignature.size >= REMEMBERED_RESOURCES) this.bySignature.clear();
      this.bySignature.set(signature, merged);
    }
    return merged;
  }
}

/**
 * Every statement of the matching policies in one document.
 *
 * Why one document decides exactly as the policies would one by one: the engine's resource-based layer is decided
 * statement by statement (a matching Deny denies, whatever policy holds it; the layer allows as strongly as the
 * strongest matching Allow names the caller; missing keys are those of the statements that matched), and a
 * statement without `Resource` applies to "the resource the policy is attached to", which every matching policy
 * is. What a document adds beyond its statements is kept: `Sid`s are taken out (they need only be unique within one
 * policy, and are restored by `attributeStatements`), an unusable policy stays out as the engine leaves it out, and
 * the `Version`, which decides whether `${...}` is a variable, is kept per statement: when 2012-10-17 policies are
 * merged with older ones, every `$` in the older ones' `Resource`, `NotResource` and condition values is written
 * `${$}`, the 2012-10-17 spelling of a literal `$`.
 */
function mergePolicies(
  usable: readonly Usable[],
  matched: readonly string[],
  errors: readonly EvaluationError[],
): MergedResourcePolicy {
  const withVariables = usable.some((u) => u.variables);
  const mixed = withVariables && usable.some((u) => !u.variables);
  const statements: StatementDocument[] = [];
  const origins: StatementOrigin[] = [];
  for (const u of usable) {
    u.statements.forEach((statement, index) => {
      const { Sid, ...rest } = statement;
      statements.push(mixed && !u.variables ? literalDollars(rest) : rest);
      origins.push(
        Sid === undefined ? { policyId: u.resourceArn, index } : { policyId: u.resourceArn, index, sid: Sid },
      );
    });
  }
  const document: PolicyDocument = {
    Version: withVariables ? '2012-10-17' : '2008-10-17',
    Statement: statements,
  };
  return { policy: { id: MERGED_RESOURCE_POLICY_ID, document }, origins, matched, errors };
}

/** A statement whose `$`s in `Resource`, `NotResource` and condition values are literal under 2012-10-17. */
function literalDollars(statement: StatementDocument): StatementDocument {
  const out: StatementDocument = { ...statement };
  if (out.Resource !== undefined) out.Resource = escapeDeep(out.Resource) as string | string[];
  if (out.NotResource !== undefined) out.NotResource = escapeDeep(out.NotResource) as string | string[];
  if (out.Condition !== undefined) {
    out.Condition = Object.fromEntries(
      Object.entries(out.Condition).map(([operator, keys]) => [
        operator,
        Object.fromEntries(Object.entries(keys).map(([key, values]) => [key, escapeDeep(values)])),
      ]),
    ) as StatementDocument['Condition'];
  }
  return out;
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.replaceAll('$', '${$}');
  if (Array.isArray(value)) return value.map(escapeDeep);
  return value;
}

function attribute(m: MatchedStatement, merged: MergedResourcePolicy): MatchedStatement {
  if (m.layer !== 'resource' || m.policyId !== MERGED_RESOURCE_POLICY_ID) return m;
  const origin = merged.origins[m.index];
  if (origin === undefined) return m;
  const out: MatchedStatement = {
    layer: m.layer,
    policyId: origin.policyId,
    index: origin.index,
    effect: m.effect,
  };
  if (origin.sid !== undefined) out.sid = origin.sid;
  return out;
}

/**
 * A decision made with a merged policy, naming the stored policies and their statements (with their `Sid`s) instead
 * of the merged document, and reporting the matching policies that could not be used.
 */
export function attributeStatements(decision: Decision, merged: MergedResourcePolicy): Decision {
  return {
    ...decision,
    deniedBy: decision.deniedBy.map((m) => attribute(m, merged)),
    allowedBy: decision.allowedBy.map((m) => attribute(m, merged)),
    errors: [...merged.errors, ...decision.errors],
  };
}

/**
 * `evaluate`, with the stored policies matching the resource as its resource-based policy when the request brings
 * none of its own (a policy sent with the request takes precedence, as the policy of that resource).
 *
 * @example
 * const stored = new StoredResourcePolicies([{ resourceArn: 'arn:iamgate:orders::111122223333:order/*', document }]);
 * evaluateWithStoredPolicies({ principal, action: 'orders:GetOrder', resource: orderArn, policies }, stored);
 */
export function evaluateWithStoredPolicies(
  request: EvaluationRequest,
  stored: StoredResourcePolicies | undefined,
): Decision {
  if (stored === undefined || request.policies?.resource != null || typeof request.resource !== 'string') {
    return evaluate(request);
  }
  const merged = stored.forResource(request.resource);
  if (merged === undefined) return evaluate(request);
  return attributeStatements(
    evaluate({ ...request, policies: { ...request.policies, resource: merged.policy } }),
    merged,
  );
}
