import {
  accessOfPrincipal,
  type PrincipalAccess,
  planResourceAccess,
  type ResourcePlan,
  type ServiceDefinitionDocument,
} from '@iamgate/policy';
import type { GatewayContext } from '../context/gateway-context.js';
import { IamError } from '../errors/iam-error.js';
import { type ContextEntry, contextOf } from '../evaluator/context-entries.js';
import { accountCatalog } from '../services/account-catalog.js';
import { subjectOfArn } from './analysis-subject.js';

/** What `accessOfPrincipal` answers, with whom it decided for. */
export interface PrincipalAccessAnswer extends PrincipalAccess {
  principalArn: string;
  decidedAs: string;
}

/**
 * Per service, what a user, role (as a session of it) or root of the caller's account can be allowed by its own
 * policies, against the gateway's services and the account's registered ones (`accessOfPrincipal` of
 * `@iamgate/policy`).
 */
export async function principalAccess(
  ctx: GatewayContext,
  principalArn: string,
  service: string | null | undefined,
): Promise<PrincipalAccessAnswer> {
  const subject = await subjectOfArn(ctx, principalArn);
  const services = await accountCatalog(ctx, ctx.services.builtinServices);
  const access = accessOfPrincipal({
    principal: subject.decidedAs,
    policies: subject.policies,
    context: subject.keys,
    services,
    ...(service == null ? {} : { service }),
  });
  return { ...access, principalArn: subject.principalArn, decidedAs: subject.decidedAs };
}

/** What `resourcesAccessible` answers, with what it was asked. */
export interface ResourcePlanAnswer {
  principalArn: string;
  decidedAs: string;
  action: string;
  resourceType: string | null;
  plan: ResourcePlan;
}

/** The ARN patterns of a resource type of the action's service: `${Partition}`, `${Account}` filled in, the rest `*`. */
async function resourceTypePatterns(
  ctx: GatewayContext,
  action: string,
  resourceType: string,
  accountId: string,
): Promise<string[]> {
  const prefix = action.slice(0, Math.max(action.indexOf(':'), 0)).toLowerCase();
  const definitions: readonly ServiceDefinitionDocument[] = [
    ...ctx.services.builtinServices,
    ...(await ctx.store.serviceDefinitions.defaults(accountId)),
  ];
  const service = definitions.filter((d) => d.Name.toLowerCase() === prefix).at(-1);
  const type = service?.Resources?.find((r) => r.Name === resourceType);
  if (service === undefined || type === undefined) {
    throw new IamError(
      'InvalidInput',
      `\`${prefix}\` defines no resource type \`${resourceType.slice(0, 128)}\``,
      {
        field: 'resourceType',
      },
    );
  }
  const name = action.slice(action.indexOf(':') + 1).toLowerCase();
  const definition = service.Actions.find((a) => a.Name.toLowerCase() === name);
  if (definition !== undefined && !(definition.Resources ?? []).some((r) => r.Name === resourceType)) {
    throw new IamError('InvalidInput', `\`${action}\` does not act on \`${resourceType}\``, {
      field: 'resourceType',
    });
  }
  const values: Record<string, string> = { Partition: ctx.store.partition, Account: accountId };
  return type.ARNFormats.map((format) =>
    format.replace(/\$\{([^}]*)\}/g, (_, name: string) => values[name] ?? '*'),
  );
}

/**
 * The query plan of `action` for a user, role (as a session of it) or root of the caller's account: which of the
 * account's resources (of `resourceType`, when given) its own policies allow, knowing its own keys and the context
 * entries given; other request keys stay in the plan (`planResourceAccess` of `@iamgate/policy`).
 */
export async function resourcePlan(
  ctx: GatewayContext,
  args: {
    principalArn: string;
    action: string;
    resourceType?: string | null;
    context?: readonly ContextEntry[] | null;
  },
): Promise<ResourcePlanAnswer> {
  if (!/^[^:\s]+:\S+$/.test(args.action)) {
    throw new IamError(
      'InvalidInput',
      `\`${args.action.slice(0, 128)}\` is not an action (\`service:Action\`)`,
      {
        field: 'action',
      },
    );
  }
  const subject = await subjectOfArn(ctx, args.principalArn);
  const resourcePatterns =
    args.resourceType == null
      ? undefined
      : await resourceTypePatterns(ctx, args.action, args.resourceType, subject.accountId);
  const plan = planResourceAccess({
    principal: subject.decidedAs,
    action: args.action,
    policies: subject.policies,
    context: { ...subject.keys, ...contextOf(args.context ?? [], true) },
    ...(resourcePatterns === undefined ? {} : { resourcePatterns }),
  });
  return {
    principalArn: subject.principalArn,
    decidedAs: subject.decidedAs,
    action: args.action,
    resourceType: args.resourceType ?? null,
    plan,
  };
}
