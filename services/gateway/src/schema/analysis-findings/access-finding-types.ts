import type { ArchivedFinding } from '@iamgate/store';
import type { AccessFinding } from '../../access-analysis/access-findings.js';
import type { ExternalPrincipal } from '../../access-analysis/external-access.js';
import type { ConditionEntry } from '../../access-analysis/statement-conditions.js';
import { builder } from '../builder.js';

/** Active or archived. */
export const AccessFindingStatusRef = builder.enumType('AccessFindingStatus', {
  description: "Whether a finding needs attention, as IAM Access Analyzer's finding statuses.",
  values: {
    ACTIVE: { description: 'The access exists and was not accepted: review it.' },
    ARCHIVED: { description: 'The access exists and was accepted (`archiveAccessFinding`), with a reason.' },
  } as const,
});

/** What kind of policy grants the access. */
const AccessFindingResourceTypeRef = builder.enumType('AccessFindingResourceType', {
  description: 'The kind of resource-based policy a finding is about.',
  values: {
    ROLE_TRUST_POLICY: { description: "A role's trust policy: outsiders may assume the role." },
    RESOURCE_POLICY: {
      description:
        "A resource policy stored for an app's resources (`putResourcePolicy`): outsiders may act on them.",
    },
  } as const,
});

/** A principal as a statement names it. */
const ExternalPrincipalRef = builder.objectRef<ExternalPrincipal>('ExternalPrincipal').implement({
  description: 'A principal outside the zone of trust, as the statement names it.',
  fields: (t) => ({
    type: t.exposeString('type', {
      description:
        '`AWS` (an account, a user, a role or a session; `*` for everyone), `Federated` or `CanonicalUser`.',
    }),
    value: t.exposeString('value', { description: 'The principal as written, e.g. `222222222222` or `*`.' }),
  }),
});

/** A condition entry. */
export const FindingConditionRef = builder.objectRef<ConditionEntry>('FindingCondition').implement({
  description: 'One condition of the statement, as written.',
  fields: (t) => ({
    operator: t.exposeString('operator', { description: 'The operator, e.g. `StringEquals`.' }),
    key: t.exposeString('key', { description: 'The condition key, e.g. `sts:ExternalId`.' }),
    values: t.exposeStringList('values', { description: 'Its values.' }),
  }),
});

/** Why a finding was archived. */
const ArchivedFindingRef = builder.objectRef<ArchivedFinding>('ArchivedFinding').implement({
  description: 'Why, by whom and when a finding was archived.',
  fields: (t) => ({
    reason: t.exposeString('reason', { description: 'The reason given.' }),
    archivedBy: t.exposeString('archivedBy', { description: 'The ARN of the principal who archived it.' }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', description: 'When.' }),
  }),
});

/** One external access finding. */
export const AccessFindingRef = builder.objectRef<AccessFinding>('AccessFinding').implement({
  description:
    "A statement of a role's trust policy or of a stored resource policy that gives principals outside the zone " +
    "of trust access (IAM Access Analyzer's external access finding, `IAM/latest/UserGuide/access-analyzer-findings.html`).",
  fields: (t) => ({
    id: t.exposeString('id', {
      description:
        'Stable id: a hash of the resource and the statement (its `Sid` aside), the same after a restart and on ' +
        'every instance. Changing what the statement grants makes a new finding.',
    }),
    status: t.field({
      type: AccessFindingStatusRef,
      description: 'Active or archived.',
      resolve: (f) => f.status,
    }),
    resourceType: t.field({
      type: AccessFindingResourceTypeRef,
      description: 'A role trust policy or a stored resource policy.',
      resolve: (f) => f.kind,
    }),
    resourceArn: t.exposeString('resourceArn', {
      description: "The role's ARN, or the stored policy's resource ARN or pattern.",
    }),
    statementPath: t.exposeString('statementPath', {
      description: 'JSON pointer (RFC 6901) of the statement in the policy, e.g. `/Statement/0`.',
    }),
    sid: t.exposeString('sid', { nullable: true, description: "The statement's `Sid`, when it has one." }),
    principals: t.field({
      type: [ExternalPrincipalRef],
      description: 'The principals outside the zone of trust it admits, as written (`*` for everyone).',
      resolve: (f) => f.principals,
    }),
    actions: t.exposeStringList('actions', {
      description: 'The actions it lets them perform, as written (`*` for a `NotAction` statement).',
    }),
    conditions: t.field({
      type: [FindingConditionRef],
      description: "The statement's conditions, as written.",
      resolve: (f) => f.conditions,
    }),
    limitedByConditions: t.exposeBoolean('limitedByConditions', {
      description:
        'Whether conditions narrow the access (an external id, a source address, a token claim): they do not keep ' +
        'outsiders out, or there would be no finding.',
    }),
    isPublic: t.exposeBoolean('isPublic', {
      description: 'Whether anyone at all is admitted (`*` without conditions).',
    }),
    archived: t.field({
      type: ArchivedFindingRef,
      nullable: true,
      description: 'Why it was archived; null while active.',
      resolve: (f) => f.archived,
    }),
  }),
});

/** A page of access findings. */
export const AccessFindingConnectionRef = builder.connectionObject(
  {
    type: AccessFindingRef,
    name: 'AccessFindingConnection',
    description: 'A page of external access findings, by resource ARN, then statement.',
  },
  { name: 'AccessFindingEdge', description: 'A finding with its cursor.' },
);
