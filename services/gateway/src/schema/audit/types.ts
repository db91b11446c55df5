import type { AuditEvent } from '@iamgate/store';
import { builder } from '../builder.js';

/** Allow or Deny. */
export const AuditDecisionRef = builder.enumType('AuditDecision', {
  description: 'Whether the request was allowed or refused (refusals include failures).',
  values: {
    Allow: { value: 'Allow', description: 'The request was allowed and done.' },
    Deny: { value: 'Deny', description: 'The request was refused or failed; `errorCode` says why.' },
  } as const,
});

/** One recorded event. */
export const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description:
    'A recorded request: a change, a sign-in or a denial, written in the same transaction as the change.',
  fields: (t) => ({
    eventId: t.string({ description: 'The event id.', resolve: (e) => String(e.id) }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When it happened.' }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'The request id (`x-request-id`).',
    }),
    accountId: t.exposeString('accountId', { nullable: true, description: 'The account it belongs to.' }),
    principalArn: t.exposeString('principalArn', { nullable: true, description: 'Who made the request.' }),
    principalId: t.exposeString('principalId', { nullable: true, description: "The principal's unique id." }),
    action: t.exposeString('action', {
      description: 'The action, e.g. `iam:CreateUser` or `iamgate:SignIn`.',
    }),
    resource: t.exposeString('resource', { nullable: true, description: 'The target ARN.' }),
    decision: t.field({ type: AuditDecisionRef, description: 'Allow or Deny.', resolve: (e) => e.decision }),
    errorCode: t.exposeString('errorCode', {
      nullable: true,
      description: 'The error code returned, if any.',
    }),
    sourceIp: t.exposeString('sourceIp', { nullable: true, description: 'The source address.' }),
    userAgent: t.exposeString('userAgent', { nullable: true, description: 'The user agent.' }),
    details: t.string({
      nullable: true,
      description: 'Request parameters (secrets redacted) and reasons, JSON text.',
      resolve: (e) => (e.details === null ? null : JSON.stringify(e.details)),
    }),
  }),
});

/** A page of audit events. */
export const AuditEventConnectionRef = builder.connectionObject(
  { type: AuditEventRef, name: 'AuditEventConnection', description: 'A page of audit events, newest first.' },
  { name: 'AuditEventEdge', description: 'An audit event with its cursor.' },
);

/** Filters of `auditEvents`. */
export const AuditEventFilterRef = builder.inputType('AuditEventFilter', {
  description: 'Which audit events to list; all conditions must hold.',
  fields: (t) => ({
    principalArn: t.string({ description: 'Only events of this principal.' }),
    action: t.string({ description: 'Only this action, e.g. `iam:CreateUser`.' }),
    decision: t.field({ type: AuditDecisionRef, description: 'Only allowed or only refused events.' }),
    from: t.field({ type: 'DateTime', description: 'Only events at or after this time.' }),
    to: t.field({ type: 'DateTime', description: 'Only events before this time.' }),
  }),
});
