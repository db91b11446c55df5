import type { Finding } from '@iamgate/policy';
import { findingDocumentation } from '@iamgate/policy';
import type { ServiceDefinition, ServiceDefinitionVersion } from '@iamgate/store';
import { builder } from '../builder.js';

/** A service definition version (`ServiceDefinitionVersion` of the store). */
export const ServiceDefinitionVersionRef = builder
  .objectRef<ServiceDefinitionVersion>('ServiceDefinitionVersion')
  .implement({
    description:
      "A version of an app's service definition: its actions, resource types and condition keys, in the shape of " +
      "AWS's service reference (`service-authorization/latest/reference/service-reference.html`).",
    fields: (t) => ({
      serviceName: t.exposeString('serviceName', { description: 'The service prefix (`orders`).' }),
      versionId: t.exposeString('versionId', { description: 'The version id (`v1`...).' }),
      document: t.string({
        description: 'The definition, JSON text (`Name`, `Actions`, `Resources`, `ConditionKeys`).',
        resolve: (v) => JSON.stringify(v.document),
      }),
      isDefaultVersion: t.exposeBoolean('isDefaultVersion', {
        description: 'Whether policy checks use this version.',
      }),
      createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was stored.' }),
    }),
  });

/** A service definition. */
export const ServiceDefinitionRef = builder.objectRef<ServiceDefinition>('ServiceDefinition').implement({
  description: "An app's service as registered in the account: policy checks know its actions.",
  fields: (t) => ({
    serviceName: t.exposeString('serviceName', { description: 'The service prefix (`orders`).' }),
    arn: t.exposeString('arn', { description: '`arn:<partition>:iamgate::<account>:service/<prefix>`.' }),
    defaultVersionId: t.exposeString('defaultVersionId', { description: 'The version policy checks use.' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
    updateDate: t.expose('updatedAt', {
      type: 'DateTime',
      description: 'When a version was last added or chosen.',
    }),
  }),
});

/** A page of service definitions. */
export const ServiceDefinitionConnectionRef = builder.connectionObject(
  {
    type: ServiceDefinitionRef,
    name: 'ServiceDefinitionConnection',
    description: 'A page of service definitions.',
  },
  { name: 'ServiceDefinitionEdge', description: 'A service definition with its cursor.' },
);

/** A policy finding with the page that explains it. */
export const PolicyCheckFindingRef = builder.objectRef<Finding>('PolicyCheckFinding').implement({
  description:
    "A finding of the policy checks (IAM Access Analyzer's `ValidatePolicyFinding`): a stable `code`, a severity, " +
    'a JSON pointer into the document and the documentation of the fix.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The stable code (`UNKNOWN_ACTION`, `PASS_ROLE_ALL_RESOURCES`...).',
    }),
    severity: t.exposeString('severity', {
      description: '`ERROR`, `SECURITY_WARNING`, `WARNING` or `SUGGESTION`.',
    }),
    path: t.exposeString('path', {
      description: 'A JSON pointer (RFC 6901) to the spot; empty for the document.',
    }),
    message: t.exposeString('message', {
      description: 'What is wrong, and the likely fix when one is known.',
    }),
    documentationUrl: t.string({
      nullable: true,
      description: 'The AWS documentation page about the element or check.',
      resolve: (f) => findingDocumentation(f.code) ?? null,
    }),
  }),
});

/** The kinds `validatePolicy` checks a document as (Access Analyzer's `PolicyType`, iamgate's kinds). */
export const PolicyKindRef = builder.enumType('PolicyKind', {
  description:
    'What a policy is used as: validation rules differ (e.g. `Principal` only in resource and trust).',
  values: {
    identity: { description: 'An identity-based policy (inline or managed).' },
    resource: { description: 'A resource-based policy.' },
    trust: { description: "A role's trust policy." },
    boundary: { description: 'A permissions boundary.' },
    session: { description: 'A session policy.' },
    guardrail: { description: 'A guardrail (service control policy).' },
  } as const,
});
