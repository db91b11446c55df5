import type {
  GuardrailPolicy,
  Handshake,
  Organization,
  OrganizationalUnit,
  OrganizationMember,
} from '@iamgate/store';
import { builder } from '../builder.js';

export const OrganizationRef = builder.objectRef<Organization>('Organization').implement({
  description:
    'An organization: a management account and member accounts under one root (`API_Organization.html`).',
  fields: (t) => ({
    id: t.exposeString('id', {
      description: 'The organization id (`o-...`), `aws:PrincipalOrgID` of its members.',
    }),
    arn: t.exposeString('arn', { description: 'The organization ARN.' }),
    managementAccountId: t.exposeString('managementAccountId', {
      description: 'The account that manages it; guardrails do not apply to it.',
    }),
    rootId: t.exposeString('rootId', { description: 'The id of its root (`r-...`).' }),
    createDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

export const OrganizationalUnitRef = builder.objectRef<OrganizationalUnit>('OrganizationalUnit').implement({
  description: 'The root (`r-...`) or an organizational unit (`ou-...`) of an organization.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The root or unit id.' }),
    arn: t.exposeString('arn', { description: 'Its ARN.' }),
    name: t.exposeString('name', { description: 'Its name (`Root` for the root).' }),
    parentId: t.exposeString('parentId', { nullable: true, description: 'The parent; null for the root.' }),
  }),
});

export const OrganizationMemberRef = builder.objectRef<OrganizationMember>('OrganizationAccount').implement({
  description: 'A member account of an organization (`API_Account.html`).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The account id.' }),
    arn: t.exposeString('arn', { description: 'The account ARN in the organization.' }),
    email: t.exposeString('email', { description: "The account root's email." }),
    alias: t.exposeString('alias', { nullable: true, description: 'The account alias, if any.' }),
    parentId: t.exposeString('parentId', { description: 'The root or unit it is in.' }),
    joinedDate: t.expose('joinedAt', { type: 'DateTime', description: 'When it joined.' }),
  }),
});

export const HandshakeRef = builder.objectRef<Handshake>('Handshake').implement({
  description: 'An invitation of an account to join an organization (`API_Handshake.html`).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The handshake id (`h-...`).' }),
    arn: t.exposeString('arn', { description: 'Its ARN.' }),
    organizationId: t.exposeString('organizationId', { description: 'The inviting organization.' }),
    managementAccountId: t.exposeString('managementAccountId', { description: 'Its management account.' }),
    targetAccountId: t.exposeString('targetAccountId', { description: 'The invited account.' }),
    state: t.exposeString('state', {
      description: '`OPEN`, `ACCEPTED`, `DECLINED`, `CANCELED` or `EXPIRED`.',
    }),
    requestedDate: t.expose('createdAt', { type: 'DateTime', description: 'When it was sent.' }),
    expirationDate: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When it expires (15 days after).',
    }),
  }),
});

export const GuardrailPolicyRef = builder.objectRef<GuardrailPolicy>('GuardrailPolicy').implement({
  description:
    "A guardrail policy (iamgate's service control policy): it never grants, it caps what the accounts under its " +
    'targets may do; every level from the root down to the account must allow (`orgs_manage_policies_scps.html`).',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The policy id (`p-...`).' }),
    arn: t.exposeString('arn', { description: 'Its ARN.' }),
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'Its description.' }),
    content: t.exposeString('document', { description: 'The JSON policy document.' }),
    targets: t.exposeStringList('targets', {
      description: 'The root, units and accounts it is attached to.',
    }),
  }),
});
