import { principalAccess, resourcePlan } from '../../analysis/principal-analysis.js';
import { principalsWithAccess } from '../../analysis/who-can.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { EVALUATOR_TEXT, limits } from '../../hardening/argument-limits.js';
import { ContextEntryInput } from '../authorization/types.js';
import { builder } from '../builder.js';
import { pageArgs } from '../common/connections.js';
import { PrincipalAccessRef, PrincipalWithAccessConnectionRef, ResourcePlanRef } from './types.js';

/** Asking about a principal is authorized on the principal, as the simulator's `iam:SimulatePrincipalPolicy`. */
const onPrincipal = ({ args }: { args: { principalArn: string }; ctx: GatewayContext }) => args.principalArn;

const NO_AWS_EQUIVALENT = 'iamgate-only: AWS has no equivalent operation.';

builder.queryFields((t) => ({
  principalsWithAccess: t.field({
    type: PrincipalWithAccessConnectionRef,
    description:
      "Who can perform `action` on `resource` (a resource of the caller's account): every user and role of the " +
      'account that would be allowed (a role as a session of it without session policies), its groups by their own ' +
      "policies when `includeGroups`, and every principal outside the account that the resource's policy (the one " +
      'given, else the stored ones) or, for `sts:AssumeRole` on a role, its trust policy admits, each with the ' +
      'statements that allow it. Each principal is decided by the engine as `authorize` with its `principalArn` (or ' +
      "`assumeRole`) would decide it, with the request's time and source and the `context` given. Users first, then " +
      'roles, groups and external principals, by name. Authorized as `iamgate:ListPrincipalsWithAccess` on the ' +
      `resource. ${NO_AWS_EQUIVALENT}`,
    args: {
      action: t.arg.string({
        required: true,
        description: 'The action, e.g. `orders:GetOrder` (at most 128 characters).',
        ...limits(EVALUATOR_TEXT.action),
      }),
      resource: t.arg.string({
        required: true,
        description:
          'The resource ARN (of the account, or without account), or `*` (at most 2,048 characters).',
        ...limits(EVALUATOR_TEXT.resource),
      }),
      context: t.arg({
        type: [ContextEntryInput],
        description: "Condition keys of the request (at most 100); principals' own keys cannot be set.",
        ...limits({ maxItems: 100 }),
      }),
      resourcePolicy: t.arg.string({
        description:
          "The resource's own resource-based policy, JSON text; without it, the policies stored for the resource apply.",
        ...limits({ document: 'resource' }),
      }),
      includeGroups: t.arg.boolean({
        description:
          'Also list groups whose own policies allow it (as for a member with no policies of its own).',
      }),
      ...pageArgs(t.arg),
    },
    authz: {
      action: 'iamgate:ListPrincipalsWithAccess',
      resource: ({ args }) => args.resource,
    },
    resolve: (_root, args, ctx) => principalsWithAccess(ctx, args),
  }),
  accessOfPrincipal: t.field({
    type: PrincipalAccessRef,
    description:
      "What a user, role (as a session of it) or root of the caller's account may be allowed by its own policies, " +
      "per service: every action of the gateway's and the account's services (and the action patterns its policies " +
      'name for other services), each with the statements that can allow it, their resources and the conditions ' +
      'that bound them, and the Deny statements, boundary, session policies and guardrails that limit it. Authorized ' +
      `as \`iamgate:GetAccessOfPrincipal\` on the principal. ${NO_AWS_EQUIVALENT}`,
    args: {
      principalArn: t.arg.string({
        required: true,
        description: 'The user, role or root ARN.',
        ...limits(EVALUATOR_TEXT.name),
      }),
      service: t.arg.string({
        description: 'Only this service prefix (`orders`).',
        ...limits({ maxLength: 128 }),
      }),
    },
    authz: { action: 'iamgate:GetAccessOfPrincipal', resource: onPrincipal },
    resolve: (_root, args, ctx) => principalAccess(ctx, args.principalArn, args.service),
  }),
  resourcesAccessible: t.field({
    type: ResourcePlanRef,
    description:
      "Which of the account's resources a user, role (as a session of it) or root may perform `action` on, as a " +
      "query plan over the resource's ARN and tags that an app turns into a filter (like Cerbos's `PlanResources`; " +
      "the SDK's `planToPredicate` and `@iamgate/sdk/drizzle`). Computed by partial evaluation of the principal's " +
      "own policies; conditions on request keys neither given in `context` nor the principal's stay in the plan " +
      `(\`unknownKeys\`). Authorized as \`iamgate:PlanResourceAccess\` on the principal. ${NO_AWS_EQUIVALENT}`,
    args: {
      principalArn: t.arg.string({
        required: true,
        description: 'The user, role or root ARN.',
        ...limits(EVALUATOR_TEXT.name),
      }),
      action: t.arg.string({
        required: true,
        description: 'The action, e.g. `orders:GetOrder` (at most 128 characters).',
        ...limits(EVALUATOR_TEXT.action),
      }),
      resourceType: t.arg.string({
        description:
          "Only resources of this type of the action's service definition (`order`): the plan is ANDed with its ARN formats.",
        ...limits({ maxLength: 128 }),
      }),
      context: t.arg({
        type: [ContextEntryInput],
        description: "Request keys known in advance (at most 100); principals' own keys cannot be set.",
        ...limits({ maxItems: 100 }),
      }),
    },
    authz: { action: 'iamgate:PlanResourceAccess', resource: onPrincipal },
    resolve: (_root, args, ctx) => resourcePlan(ctx, args),
  }),
}));
