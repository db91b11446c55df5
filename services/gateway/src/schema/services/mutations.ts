import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { isReservedPrefix } from '../../services/builtin-services.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { serviceTarget } from './service-target.js';
import { ServiceDefinitionVersionRef } from './types.js';

const serviceNameArg = { required: true, description: 'The service prefix (`orders`).' } as const;
const documentArg = {
  required: true,
  description:
    'The definition, JSON text: `{ "Name": "orders", "Actions": [...], "Resources": [...], "ConditionKeys": [...] }`.',
} as const;

/** The definition text as JSON; `InvalidInput` for text that is not JSON, or a reserved prefix. */
function parsedDefinition(ctx: GatewayContext, text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new IamError('InvalidInput', 'the service definition is not JSON', { field: 'document' });
  }
  const name = (value as { Name?: unknown } | null)?.Name;
  if (typeof name === 'string' && isReservedPrefix(name, ctx.services.builtinServices)) {
    throw new IamError(
      'InvalidInput',
      `\`${name}\` is a service of the gateway itself and cannot be redefined`,
      {
        field: 'document',
      },
    );
  }
  return value;
}

/** The prefix a definition text names, for its authorization target (before it is checked). */
function nameIn(text: string): string {
  try {
    const name = (JSON.parse(text) as { Name?: unknown } | null)?.Name;
    return typeof name === 'string' ? name : '*';
  } catch {
    return '*';
  }
}

builder.mutationFields((t) => ({
  createServiceDefinition: t.field({
    type: ServiceDefinitionVersionRef,
    description:
      "Registers an app's service (its `Name` is the prefix) as version `v1` (`iamgate:CreateServiceDefinition`). " +
      'Policy checks then know its actions, resource types and condition keys. A malformed definition is ' +
      '`InvalidInput` with `extensions.findings` (JSON pointers); a known service is `EntityAlreadyExists`.',
    args: { document: t.arg.string(documentArg) },
    authz: {
      action: 'iamgate:CreateServiceDefinition',
      resource: ({ args, ctx }) => serviceTarget(ctx, nameIn(args.document)),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.serviceDefinitions.create(accountOf(ctx), parsedDefinition(ctx, args.document)),
  }),
  createServiceDefinitionVersion: t.field({
    type: ServiceDefinitionVersionRef,
    description:
      "Stores a new version of a service's definition; with `setAsDefault` policy checks use it from now on " +
      '(`iamgate:CreateServiceDefinitionVersion`). At most five versions (`LimitExceeded`), as managed policies.',
    args: {
      serviceName: t.arg.string(serviceNameArg),
      document: t.arg.string(documentArg),
      setAsDefault: t.arg.boolean({ description: 'Make it the version policy checks use.' }),
    },
    authz: {
      action: 'iamgate:CreateServiceDefinitionVersion',
      resource: ({ args, ctx }) => serviceTarget(ctx, args.serviceName),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.serviceDefinitions.createVersion(accountOf(ctx), args.serviceName, {
        document: parsedDefinition(ctx, args.document),
        setAsDefault: args.setAsDefault ?? false,
      }),
  }),
  setDefaultServiceDefinitionVersion: t.boolean({
    description:
      'Makes a stored version the one policy checks use (`iamgate:SetDefaultServiceDefinitionVersion`).',
    args: {
      serviceName: t.arg.string(serviceNameArg),
      versionId: t.arg.string({ required: true, description: 'The version (`v2`).' }),
    },
    authz: {
      action: 'iamgate:SetDefaultServiceDefinitionVersion',
      resource: ({ args, ctx }) => serviceTarget(ctx, args.serviceName),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.serviceDefinitions.setDefault(accountOf(ctx), args.serviceName, args.versionId);
      return true;
    },
  }),
  deleteServiceDefinitionVersion: t.boolean({
    description:
      'Deletes a version that is not the default (`DeleteConflict` for the default) ' +
      '(`iamgate:DeleteServiceDefinitionVersion`).',
    args: {
      serviceName: t.arg.string(serviceNameArg),
      versionId: t.arg.string({ required: true, description: 'The version (`v2`).' }),
    },
    authz: {
      action: 'iamgate:DeleteServiceDefinitionVersion',
      resource: ({ args, ctx }) => serviceTarget(ctx, args.serviceName),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.serviceDefinitions.deleteVersion(accountOf(ctx), args.serviceName, args.versionId);
      return true;
    },
  }),
  deleteServiceDefinition: t.boolean({
    description:
      "Deletes a service's definition with every version; policies naming its actions are unaffected, only no " +
      'longer checked against it (`iamgate:DeleteServiceDefinition`).',
    args: { serviceName: t.arg.string(serviceNameArg) },
    authz: {
      action: 'iamgate:DeleteServiceDefinition',
      resource: ({ args, ctx }) => serviceTarget(ctx, args.serviceName),
    },
    resolve: async (_root, args, ctx) => {
      await ctx.store.serviceDefinitions.delete(accountOf(ctx), args.serviceName);
      return true;
    },
  }),
}));
