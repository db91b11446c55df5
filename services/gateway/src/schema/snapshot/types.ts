import type {
  PolicySnapshot,
  PrincipalPolicies,
  RevokedSession,
  SnapshotPolicy,
} from '../../snapshot/policy-snapshot.js';
import { builder } from '../builder.js';
import { TagRef } from '../common/tags.js';

/** A policy in a snapshot. */
export const SnapshotPolicyRef = builder.objectRef<SnapshotPolicy>('SnapshotPolicy').implement({
  description: 'A policy document with the id decisions name it by.',
  fields: (t) => ({
    id: t.exposeString('id', {
      description:
        'A managed policy ARN, `user/<name>/inline/<policy>`, `role/...`, `group/...`, `session/<id>/inline`.',
    }),
    document: t.exposeString('document', { description: 'The document, JSON text.' }),
  }),
});

/** One level of guardrails. */
const GuardrailLevelRef = builder
  .objectRef<PrincipalPolicies['guardrails'][number]>('GuardrailLevel')
  .implement({
    description:
      'The guardrail policies attached at one level (the root, a unit or the account): one of them must allow.',
    fields: (t) => ({
      policies: t.expose('policies', {
        type: [SnapshotPolicyRef],
        description: 'The policies of the level.',
      }),
    }),
  });

/** The organization of a principal's account. */
const PrincipalOrganizationRef = builder
  .objectRef<NonNullable<PrincipalPolicies['organization']>>('PrincipalOrganization')
  .implement({
    description: "The organization of the principal's account, as the request context carries it.",
    fields: (t) => ({
      id: t.exposeString('id', { description: '`aws:PrincipalOrgID`.' }),
      path: t.exposeString('path', {
        description: 'The one value of `aws:PrincipalOrgPaths` (`o-.../r-.../ou-.../`).',
      }),
    }),
  });

/** One principal's effective policies. */
export const PrincipalPoliciesRef = builder.objectRef<PrincipalPolicies>('PrincipalPolicies').implement({
  description:
    "What `@iamgate/policy` needs to decide for one principal: identity policies (own and groups'), boundary, " +
    'session policies and principal tags. Pass them as `RequestPolicies` to `evaluate`.',
  fields: (t) => ({
    principalArn: t.exposeString('principalArn', {
      description: 'The principal: root, a user, a role (for its sessions), or one role session.',
    }),
    principalType: t.exposeString('principalType', { description: '`root`, `user`, `role` or `session`.' }),
    sessionId: t.exposeString('sessionId', {
      nullable: true,
      description: "For a session entry: the session id (the token's `sid`); its session policies apply.",
    }),
    tags: t.expose('tags', { type: [TagRef], description: 'Principal tags (`aws:PrincipalTag/*`).' }),
    groups: t.exposeStringList('groups', { description: "ARNs of the user's groups." }),
    identity: t.expose('identity', { type: [SnapshotPolicyRef], description: 'Identity-based policies.' }),
    permissionsBoundary: t.expose('permissionsBoundary', {
      type: SnapshotPolicyRef,
      nullable: true,
      description: 'The permissions boundary, if any.',
    }),
    session: t.expose('session', {
      type: [SnapshotPolicyRef],
      description: 'Session policies (sessions only).',
    }),
    guardrails: t.expose('guardrails', {
      type: [GuardrailLevelRef],
      description:
        "Guardrail levels from the organization's root down to the account, each of which must allow; empty " +
        'outside an organization and for its management account. Pass them as `guardrails` to `evaluate`.',
    }),
    organization: t.expose('organization', {
      type: PrincipalOrganizationRef,
      nullable: true,
      description: "The organization of the principal's account, or null.",
    }),
    revision: t.exposeInt('revision', { description: 'The account revision this entry was read at.' }),
  }),
});

/** A revoked session whose token has not expired. */
export const RevokedSessionRef = builder.objectRef<RevokedSession>('RevokedSession').implement({
  description: 'A revoked session whose token is still within its lifetime: refuse tokens with this `sid`.',
  fields: (t) => ({
    sessionId: t.exposeString('sessionId', { description: 'The session id (the `sid` claim).' }),
    principalArn: t.exposeString('principalArn', { description: 'Whose session it was.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', description: 'When it was revoked.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When its token expires anyway; forget it after.',
    }),
  }),
});

/** A stored resource policy in a snapshot. */
const SnapshotResourcePolicyRef = builder
  .objectRef<PolicySnapshot['resourcePolicies'][number]>('SnapshotResourcePolicy')
  .implement({
    description:
      'A resource-based policy stored for a resource ARN or pattern (`putResourcePolicy`), its document in force: ' +
      'decisions about a resource without a resource policy of its own use every one whose ARN matches it, ' +
      'merged (`StoredResourcePolicies` of `@iamgate/policy`).',
    fields: (t) => ({
      resourceArn: t.exposeString('resourceArn', {
        description: 'The resource ARN or ARN pattern; decisions name the policy by it.',
      }),
      document: t.exposeString('document', { description: 'The document in force, JSON text.' }),
    }),
  });

/** The answer of `policySnapshot`. */
export const PolicySnapshotRef = builder.objectRef<PolicySnapshot>('PolicySnapshot').implement({
  description:
    'The effective policies of one principal or of every principal of the account, with the revision they ' +
    'reflect and the revoked sessions: what a local evaluator (`@iamgate/sdk`) decides from.',
  fields: (t) => ({
    accountId: t.exposeString('accountId', { description: 'The account.' }),
    revision: t.exposeInt('revision', {
      description: 'The revision of the snapshot; fetch again when `policyRevision` announces a newer one.',
    }),
    generatedAt: t.expose('generatedAt', { type: 'DateTime', description: 'When it was built.' }),
    principals: t.expose('principals', { type: [PrincipalPoliciesRef], description: 'The principals.' }),
    revokedSessions: t.expose('revokedSessions', {
      type: [RevokedSessionRef],
      description: 'Revoked sessions whose tokens have not expired.',
    }),
    resourcePolicies: t.expose('resourcePolicies', {
      type: [SnapshotResourcePolicyRef],
      description:
        "The account's stored resource policies, by resource ARN (empty in the snapshot of one session). Use them " +
        'for every decision about a resource of the account without a resource policy of its own.',
    }),
  }),
});

/** A revision announcement. */
export const PolicyRevisionRef = builder
  .objectRef<{ accountId: string; revision: number }>('PolicyRevision')
  .implement({
    description:
      "The account's current revision: any change to its identities, policies or sessions moves it.",
    fields: (t) => ({
      accountId: t.exposeString('accountId', { description: 'The account.' }),
      revision: t.exposeInt('revision', { description: 'The revision now.' }),
    }),
  });
