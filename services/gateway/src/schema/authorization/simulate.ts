import type { PolicyInput, RequestPolicies } from '@iamgate/policy';
import { IamError } from '../../errors/iam-error.js';
import { contextOf } from '../../evaluator/context-entries.js';
import { checkedPolicy } from '../../evaluator/decide-for.js';
import { simulate } from '../../evaluator/simulate.js';
import { type StoredPolicies, storedPoliciesFor } from '../../evaluator/stored-resource-policies.js';
import { subjectByArn } from '../../evaluator/subject.js';
import { EVALUATOR_TEXT, limits } from '../../hardening/argument-limits.js';
import { builder, type GatewaySchemaTypes } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { ContextEntryInput, EvaluationResultRef } from './types.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<GatewaySchemaTypes>;

/** The fields both simulations take (`API_SimulatePrincipalPolicy.html`, `API_SimulateCustomPolicy.html`). */
function simulationFields(t: PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>) {
  return {
    actionNames: t.stringList({
      required: true,
      description: 'The actions to simulate (each at most 128 characters).',
      ...limits(EVALUATOR_TEXT.action),
    }),
    resourceArns: t.stringList({
      description: 'The resources to simulate them on; `*` when empty (each at most 2,048 characters).',
      ...limits(EVALUATOR_TEXT.resource),
    }),
    contextEntries: t.field({
      type: [ContextEntryInput],
      description: 'The request context to simulate with (at most 100 entries).',
      ...limits({ maxItems: 100 }),
    }),
    permissionsBoundaryPolicyInputList: t.stringList({
      description: "A permissions boundary to use (JSON text, at most one), replacing the principal's.",
      ...limits({ document: 'simulated' }),
    }),
    resourcePolicy: t.string({
      description:
        'A resource-based policy to include (JSON text, at most 20,480 characters without whitespace); without ' +
        "it, the policies stored for each resource's ARN (`putResourcePolicy`) apply.",
      ...limits({ document: 'resource' }),
    }),
    resourceOwner: t.string({
      description: 'The account that owns the simulated resources.',
      ...limits(EVALUATOR_TEXT.name),
    }),
    callerArn: t.string({
      description: 'The principal to simulate as in the resource policy; the policy source by default.',
      ...limits(EVALUATOR_TEXT.name),
    }),
  };
}

const SimulatePrincipalPolicyInput = builder.inputType('SimulatePrincipalPolicyInput', {
  description: "A simulation of a principal's policies (`API_SimulatePrincipalPolicy.html`).",
  fields: (t) => ({
    policySourceArn: t.string({
      required: true,
      description: 'The user, role or root whose policies to use.',
    }),
    policyInputList: t.stringList({
      description: 'More identity-based policies to include (JSON text).',
      ...limits({ document: 'simulated' }),
    }),
    ...simulationFields(t),
  }),
});

const SimulateCustomPolicyInput = builder.inputType('SimulateCustomPolicyInput', {
  description: 'A simulation of policies given as documents (`API_SimulateCustomPolicy.html`).',
  fields: (t) => ({
    policyInputList: t.stringList({
      required: true,
      description: 'The identity-based policies (JSON text).',
      ...limits({ document: 'simulated' }),
    }),
    ...simulationFields(t),
  }),
});

interface SimulationArgs {
  policyInputList?: readonly string[] | null;
  permissionsBoundaryPolicyInputList?: readonly string[] | null;
  resourcePolicy?: string | null;
}

/** The policies of a simulation: the base ones plus the documents given, each checked for its kind. */
function withInputs(base: RequestPolicies, input: SimulationArgs): RequestPolicies {
  const extra: PolicyInput[] = (input.policyInputList ?? []).map((text, i) =>
    checkedPolicy(text, 'identity', `policyInputList[${i}]`),
  );
  const [boundary, ...more] = input.permissionsBoundaryPolicyInputList ?? [];
  const policies: RequestPolicies = { ...base, identity: [...(base.identity ?? []), ...extra] };
  if (more.length > 0) {
    throw new IamError('InvalidInput', 'at most one permissions boundary can be simulated', {
      field: 'permissionsBoundaryPolicyInputList',
    });
  }
  if (boundary !== undefined) {
    policies.permissionsBoundary = checkedPolicy(
      boundary,
      'boundary',
      'permissionsBoundaryPolicyInputList[0]',
    );
  }
  if (input.resourcePolicy != null)
    policies.resource = checkedPolicy(input.resourcePolicy, 'resource', 'resourcePolicy');
  return policies;
}

/** The stored resource policies a simulation's resources may use (none when it gives a resource policy). */
function storedFor(
  ctx: Parameters<typeof storedPoliciesFor>[0],
  input: {
    resourceArns?: readonly string[] | null;
    resourcePolicy?: string | null;
    resourceOwner?: string | null;
  },
): Promise<StoredPolicies> {
  return storedPoliciesFor(
    ctx,
    (input.resourceArns ?? []).map((resource) => ({
      resource,
      resourceAccount: input.resourceOwner ?? null,
      resourcePolicy: input.resourcePolicy ?? null,
    })),
  );
}

/**
 * The principal of a custom simulation without `callerArn`: a user of the caller's account with no policies of its
 * own, so that only the documents given decide (the caller's own ARN would make a root caller allowed everything).
 */
function simulatedCaller(partition: string, accountId: string): string {
  return `arn:${partition}:iam::${accountId}:user/SimulatedCaller`;
}

builder.queryFields((t) => ({
  simulatePrincipalPolicy: t.field({
    type: [EvaluationResultRef],
    description:
      "Simulates a user's, role's or root's policies (plus the documents given) for every action and resource, " +
      "like `SimulatePrincipalPolicy`: only the context entries given are used, with the principal's tags.",
    args: {
      input: t.arg({ type: SimulatePrincipalPolicyInput, required: true, description: 'The simulation.' }),
    },
    authz: { action: 'iam:SimulatePrincipalPolicy', resource: ({ args }) => args.input.policySourceArn },
    resolve: async (_root, { input }, ctx) => {
      const subject = await subjectByArn(ctx, input.policySourceArn);
      const tags = Object.fromEntries(
        Object.entries(subject.context).filter(([key]) => key.toLowerCase().startsWith('aws:principaltag/')),
      );
      return simulate({
        principalArn: input.callerArn ?? subject.principalArn,
        policies: withInputs(subject.policies, input),
        actionNames: input.actionNames,
        resourceArns: input.resourceArns ?? [],
        resourceOwner: input.resourceOwner ?? undefined,
        context: { ...tags, ...contextOf(input.contextEntries ?? [], false) },
        stored: await storedFor(ctx, input),
        viewerAccount: accountOf(ctx),
      });
    },
  }),
  simulateCustomPolicy: t.field({
    type: [EvaluationResultRef],
    description:
      "Simulates the policy documents given, without any principal's policies, like `SimulateCustomPolicy`; the " +
      "principal is `callerArn`, or a policy-less user `SimulatedCaller` of the caller's account.",
    args: {
      input: t.arg({ type: SimulateCustomPolicyInput, required: true, description: 'The simulation.' }),
    },
    authz: { action: 'iam:SimulateCustomPolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, { input }, ctx) =>
      simulate({
        principalArn: input.callerArn ?? simulatedCaller(ctx.store.partition, accountOf(ctx)),
        policies: withInputs({}, input),
        actionNames: input.actionNames,
        resourceArns: input.resourceArns ?? [],
        resourceOwner: input.resourceOwner ?? undefined,
        context: contextOf(input.contextEntries ?? [], false),
        stored: await storedFor(ctx, input),
        viewerAccount: accountOf(ctx),
      }),
  }),
}));
