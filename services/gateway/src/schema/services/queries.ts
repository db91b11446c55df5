import { validatePolicy } from '@iamgate/policy';
import { accountCatalog } from '../../services/account-catalog.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import { serviceTarget } from './service-target.js';
import {
  PolicyCheckFindingRef,
  PolicyKindRef,
  ServiceDefinitionConnectionRef,
  ServiceDefinitionVersionRef,
} from './types.js';

const serviceNameArg = { required: true, description: 'The service prefix (`orders`).' } as const;

builder.queryFields((t) => ({
  getServiceDefinition: t.field({
    type: ServiceDefinitionVersionRef,
    description:
      "A service's definition: its default version, or `versionId` (`iamgate:GetServiceDefinition`).",
    args: {
      serviceName: t.arg.string(serviceNameArg),
      versionId: t.arg.string({ description: 'A version (`v2`); the default when absent.' }),
    },
    authz: {
      action: 'iamgate:GetServiceDefinition',
      resource: ({ args, ctx }) => serviceTarget(ctx, args.serviceName),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.serviceDefinitions.get(accountOf(ctx), args.serviceName, args.versionId ?? undefined),
  }),
  listServiceDefinitionVersions: t.field({
    type: [ServiceDefinitionVersionRef],
    description:
      "Every stored version of a service's definition, newest first (`iamgate:ListServiceDefinitionVersions`).",
    args: { serviceName: t.arg.string(serviceNameArg) },
    authz: {
      action: 'iamgate:ListServiceDefinitionVersions',
      resource: ({ args, ctx }) => serviceTarget(ctx, args.serviceName),
    },
    resolve: (_root, args, ctx) =>
      ctx.store.serviceDefinitions.listVersions(accountOf(ctx), args.serviceName),
  }),
  listServiceDefinitions: t.field({
    type: ServiceDefinitionConnectionRef,
    description: "The account's registered services by prefix (`iamgate:ListServiceDefinitions`).",
    args: pageArgs(t.arg),
    authz: { action: 'iamgate:ListServiceDefinitions', resource: ({ ctx }) => ctx.targets.any() },
    resolve: (_root, args, ctx) =>
      ctx.store.serviceDefinitions.list(accountOf(ctx), {
        ...(args.first == null ? {} : { first: args.first }),
        ...(args.after == null ? {} : { after: args.after }),
      }),
  }),
  validatePolicy: t.field({
    type: [PolicyCheckFindingRef],
    description:
      "Checks a policy document as IAM Access Analyzer's `ValidatePolicy` does (`access-analyzer/latest/APIReference/" +
      'API_ValidatePolicy.html`): the grammar and the rules of `policyType`, best-practice security checks, and the ' +
      "actions, resources, condition keys and variables against the account's service definitions and the gateway's " +
      'own services. Nothing is stored; an empty list means no finding (`access-analyzer:ValidatePolicy`).',
    args: {
      policyDocument: t.arg.string({ required: true, description: 'The document, JSON text.' }),
      policyType: t.arg({
        type: PolicyKindRef,
        required: true,
        description: 'What the document is used as.',
      }),
    },
    authz: { action: 'access-analyzer:ValidatePolicy', resource: ({ ctx }) => ctx.targets.any() },
    resolve: async (_root, args, ctx) => {
      const services = await accountCatalog(ctx, ctx.services.builtinServices);
      return validatePolicy(args.policyDocument, args.policyType, { services }).findings;
    },
  }),
}));
