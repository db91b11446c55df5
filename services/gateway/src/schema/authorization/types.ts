import type { Decision, DecisionKind, EvaluationError, Layer, MatchedStatement } from '@iamgate/policy';
import { type AuthorizationResult, explanationOf } from '../../evaluator/decide-for.js';
import type { SimulationResult } from '../../evaluator/simulate.js';
import { EVALUATOR_TEXT, limits } from '../../hardening/argument-limits.js';
import { builder, type GatewaySchemaTypes } from '../builder.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<GatewaySchemaTypes>;

const EVAL_DECISION: Record<DecisionKind, 'allowed' | 'explicitDeny' | 'implicitDeny'> = {
  Allow: 'allowed',
  ExplicitDeny: 'explicitDeny',
  ImplicitDeny: 'implicitDeny',
};

/** AWS's `EvalDecision` (`API_EvaluationResult.html`). */
export const EvalDecisionRef = builder.enumType('EvalDecision', {
  description: "The outcome of a decision, named as AWS's simulator names it (`API_EvaluationResult.html`).",
  values: {
    allowed: { description: 'A statement allowed the request and none denied it.' },
    explicitDeny: { description: 'A Deny statement matched; nothing can override it.' },
    implicitDeny: { description: 'Nothing allowed the request (see `failedLayer`).' },
  } as const,
});

/** The evaluation layers of `@iamgate/policy`. */
export const PolicyLayerRef = builder.enumType('PolicyLayer', {
  description: "A layer of the evaluation, in AWS's order (`reference_policies_evaluation-logic.html`).",
  values: {
    guardrail: { description: 'Guardrail policies (like SCPs).' },
    resource: { description: 'The resource-based policy (a role trust policy for `sts:AssumeRole`).' },
    identity: { description: 'Identity-based policies of the principal and its groups.' },
    permissionsBoundary: { description: 'The permissions boundary of the principal.' },
    session: { description: 'The session policies of a role session.' },
  } as const,
});

/** A statement that took part in a decision. */
export const MatchedStatementRef = builder.objectRef<MatchedStatement>('MatchedStatement').implement({
  description: "A statement that matched the request (AWS's `Statement` of `API_EvaluationResult.html`).",
  fields: (t) => ({
    layer: t.field({
      type: PolicyLayerRef,
      description: 'The layer of its policy.',
      resolve: (s) => s.layer as Layer,
    }),
    policyId: t.exposeString('policyId', {
      description:
        'The policy: a managed policy ARN, `user/<name>/inline/<policy>`, `session/<id>/inline`...',
    }),
    sid: t.exposeString('sid', { nullable: true, description: 'The statement `Sid`, when it has one.' }),
    index: t.exposeInt('index', { description: "Its position in the policy's `Statement` list." }),
    effect: t.exposeString('effect', { description: '`Allow` or `Deny`.' }),
  }),
});

/** A policy that could not be used. */
export const EvaluationErrorRef = builder.objectRef<EvaluationError>('EvaluationError').implement({
  description:
    'A policy the engine skipped because it could not be read (it then grants and denies nothing).',
  fields: (t) => ({
    code: t.exposeString('code', { description: "The engine's error code." }),
    policyId: t.exposeString('policyId', { description: 'The policy.' }),
    message: t.exposeString('message', { description: 'What is wrong.' }),
  }),
});

/** The fields every decision shows, shared by authorize and simulate results. */
function decisionFields<T extends { decision: Decision }>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, T>) {
  return {
    allowed: t.boolean({
      description: 'Whether the request is allowed.',
      resolve: (r) => r.decision.decision === 'Allow',
    }),
    matchedStatements: t.field({
      type: [MatchedStatementRef],
      description: 'The Deny statements that matched, then the Allow statements, in every layer consulted.',
      resolve: (r) => [...r.decision.deniedBy, ...r.decision.allowedBy],
    }),
    failedLayer: t.field({
      type: PolicyLayerRef,
      nullable: true,
      description: 'For an implicit deny, the first layer that did not allow.',
      resolve: (r) => r.decision.failedLayer ?? null,
    }),
    missingContextValues: t.stringList({
      description: 'Condition keys the matching statements asked for that the request lacked (lowercase).',
      resolve: (r) => r.decision.missingContextKeys,
    }),
    errors: t.field({
      type: [EvaluationErrorRef],
      description: 'Policies that could not be used.',
      resolve: (r) => r.decision.errors,
    }),
    explanation: t.string({
      description: 'The decision in words, one fact per line (`explain` of `@iamgate/policy`).',
      resolve: (r) => explanationOf(r),
    }),
  };
}

/** The answer of `authorize`. */
export const AuthorizationResultRef = builder
  .objectRef<AuthorizationResult>('AuthorizationResult')
  .implement({
    description: 'A decision of the central evaluator, with the statements and layer it came from.',
    fields: (t) => ({
      action: t.exposeString('action', { description: 'The action decided.' }),
      resource: t.exposeString('resource', { description: 'The resource decided.' }),
      principalArn: t.exposeString('principalArn', { description: 'The principal decided for.' }),
      decision: t.field({
        type: EvalDecisionRef,
        description: 'The outcome.',
        resolve: (r) => EVAL_DECISION[r.decision.decision],
      }),
      revision: t.exposeInt('revision', { description: 'The account revision of the policies used.' }),
      ...decisionFields(t),
    }),
  });

/** One result of a simulation. */
export const EvaluationResultRef = builder.objectRef<SimulationResult>('EvaluationResult').implement({
  description: 'The result of simulating one action on one resource (`API_EvaluationResult.html`).',
  fields: (t) => ({
    evalActionName: t.exposeString('evalActionName', { description: 'The action.' }),
    evalResourceName: t.exposeString('evalResourceName', {
      description: 'The resource (`*` when none given).',
    }),
    evalDecision: t.field({
      type: EvalDecisionRef,
      description: 'The outcome.',
      resolve: (r) => EVAL_DECISION[r.decision.decision],
    }),
    allowedByPermissionsBoundary: t.boolean({
      nullable: true,
      description: 'Whether the permissions boundary alone allows it; null without a boundary.',
      resolve: (r) => r.allowedByPermissionsBoundary,
    }),
    ...decisionFields(t),
  }),
});

/** A condition key's type (`API_ContextEntry.html`). */
export const ContextKeyTypeRef = builder.enumType('ContextKeyType', {
  description: 'How the values of a context entry are read (`API_ContextEntry.html`, `ContextKeyType`).',
  values: {
    string: { description: 'One string.' },
    stringList: { description: 'A list of strings.' },
    numeric: { description: 'One number.' },
    numericList: { description: 'A list of numbers.' },
    boolean: { description: '`true` or `false`.' },
    booleanList: { description: 'A list of booleans.' },
    ip: { description: 'An IP address.' },
    ipList: { description: 'A list of IP addresses.' },
    binary: { description: 'Base64 data.' },
    binaryList: { description: 'A list of base64 data.' },
    date: { description: 'An ISO 8601 date-time or epoch seconds.' },
    dateList: { description: 'A list of dates.' },
  } as const,
});

/** A condition key and its values. */
export const ContextEntryInput = builder.inputType('ContextEntryInput', {
  description: 'A condition key of the request and its values (`API_ContextEntry.html`).',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'The key, e.g. `aws:SourceIp` or `orders:Region` (at most 256 characters).',
      ...limits(EVALUATOR_TEXT.contextKey),
    }),
    values: t.stringList({
      required: true,
      description:
        'The values, as text: at most 100, each at most 256 characters, and at most 8,192 characters of values ' +
        'and resources in the whole request.',
      ...limits({ maxItems: 100, ...EVALUATOR_TEXT.contextValue }),
    }),
    type: t.field({ type: ContextKeyTypeRef, description: 'How to read the values (`string` by default).' }),
  }),
});

/** One request to authorize. */
export const AuthorizeRequestInput = builder.inputType('AuthorizeRequestInput', {
  description: "A request to decide: an action on a resource, with the app's context.",
  fields: (t) => ({
    action: t.string({
      required: true,
      description: 'The action, e.g. `orders:GetOrder` (at most 128 characters).',
      ...limits(EVALUATOR_TEXT.action),
    }),
    resource: t.string({
      required: true,
      description: 'The resource ARN, or `*` (at most 2,048 characters).',
      ...limits(EVALUATOR_TEXT.resource),
    }),
    context: t.field({
      type: [ContextEntryInput],
      description:
        'Condition keys the app adds (at most 100); keys of the principal (`aws:PrincipalTag/*`...) cannot be set.',
      ...limits({ maxItems: 100 }),
    }),
    resourcePolicy: t.string({
      description:
        "The resource's own resource-based policy, JSON text (at most 20,480 characters without whitespace). " +
        "Without it, the policies stored for the resource's ARN (`putResourcePolicy`) in the account it names apply.",
      ...limits({ document: 'resource' }),
    }),
    resourceAccount: t.string({
      description: 'The account owning the resource when its ARN does not say.',
      ...limits(EVALUATOR_TEXT.name),
    }),
  }),
});
