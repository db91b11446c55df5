import type { ActionFlips, FlipSample, ReplayOutcome } from '../../access-analysis/replay.js';
import { builder } from '../builder.js';

/** The most audited requests one preview replays. */
export const MAX_REPLAYED_EVENTS = 10_000;

/** What `previewPolicyChange` answers. */
export interface PolicyChangePreview extends ReplayOutcome {
  targetArn: string;
  days: number;
  from: Date;
  to: Date;
  principalCount: number;
  eventsRead: number;
  truncated: boolean;
}

/** An inline policy by owner and name. */
const InlinePolicyRefInput = builder.inputType('InlinePolicyRefInput', {
  description: 'An inline policy: its owner (a user, group or role of the account, by ARN) and its name.',
  fields: (t) => ({
    ownerArn: t.string({ required: true, description: 'The user, group or role ARN.' }),
    policyName: t.string({ required: true, description: "The inline policy's name (new or existing)." }),
  }),
});

/** Which policy a preview changes. */
export const PolicyChangeTargetInput = builder.inputType('PolicyChangeTargetInput', {
  description: 'The policy a previewed change replaces: give exactly one of the three.',
  fields: (t) => ({
    policyArn: t.string({
      description: 'A customer managed policy of the account: the document becomes its default version.',
    }),
    inlinePolicy: t.field({
      type: InlinePolicyRefInput,
      description: "A user's, group's or role's inline policy, replaced or added.",
    }),
    roleArn: t.string({ description: 'A role of the account: the document becomes its trust policy.' }),
  }),
});

const FlipDirectionRef = builder.enumType('FlipDirection', {
  description: 'How a decision moves with the change.',
  values: {
    ALLOW_TO_DENY: { description: 'Allowed now, denied after the change.' },
    DENY_TO_ALLOW: { description: 'Denied now, allowed after the change.' },
  } as const,
});

const ActionFlipsRef = builder.objectRef<ActionFlips>('ActionFlips').implement({
  description: 'How many replayed requests of one action the change moves, each way.',
  fields: (t) => ({
    action: t.exposeString('action', { description: 'The action.' }),
    allowToDeny: t.exposeInt('allowToDeny', { description: 'Allowed now, denied after.' }),
    denyToAllow: t.exposeInt('denyToAllow', { description: 'Denied now, allowed after.' }),
  }),
});

const FlipSampleRef = builder.objectRef<FlipSample>('FlipSample').implement({
  description:
    "A request the change moves: one audited event, or a row of the activity record (allowed reads and apps' " +
    'decisions, kept per principal, action, resource, decision and day) standing for `count` requests.',
  fields: (t) => ({
    eventId: t.string({
      nullable: true,
      description: 'The audit event (`auditEvents`); null for a row of the activity record.',
      resolve: (s) => (s.eventId === null ? null : String(s.eventId)),
    }),
    count: t.exposeInt('count', {
      description:
        "How many requests it stands for: 1 for an audit event, the day's count for the activity record.",
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When it was made.' }),
    principalArn: t.exposeString('principalArn', { description: 'Who made it.' }),
    action: t.exposeString('action', { description: 'The action.' }),
    resource: t.exposeString('resource', { description: 'The resource (`*` when none was recorded).' }),
    recorded: t.exposeString('recorded', {
      description: 'The decision the audit log recorded (`Allow`, `Deny`).',
    }),
    before: t.exposeString('before', {
      description: "The engine's decision now: `Allow`, `ExplicitDeny` or `ImplicitDeny`.",
    }),
    after: t.exposeString('after', { description: "The engine's decision with the change." }),
    direction: t.field({
      type: FlipDirectionRef,
      description: 'Which way it moves.',
      resolve: (s) => s.direction,
    }),
  }),
});

export const PolicyChangePreviewRef = builder
  .objectRef<PolicyChangePreview>('PolicyChangePreview')
  .implement({
    description:
      'What a policy change would do to the requests actually made: the requests of the principals it affects (the ' +
      "audit log's and the activity record's), replayed with their current policies and with the change.",
    fields: (t) => ({
      targetArn: t.exposeString('targetArn', {
        description: "The managed policy, the inline policy's owner, or the role whose trust policy changes.",
      }),
      days: t.exposeInt('days', { description: 'The period replayed, in days.' }),
      from: t.expose('from', { type: 'DateTime', description: 'Start of the period.' }),
      to: t.expose('to', { type: 'DateTime', description: 'End of the period (now).' }),
      principalCount: t.exposeInt('principalCount', {
        description: 'Users and roles whose policies include the target (0 for a trust policy).',
      }),
      eventsRead: t.exposeInt('eventsRead', {
        description: 'Requests read (newest first): audit events, and the counts of the activity rows read.',
      }),
      eventsReplayed: t.int({
        description: 'Of those, replayed (the rest are sign-ins, or their principal is gone).',
        resolve: (p) => p.replayed,
      }),
      eventsSkipped: t.int({ description: 'Not replayed.', resolve: (p) => p.skipped }),
      truncated: t.exposeBoolean('truncated', {
        description: `Whether the period held more than ${MAX_REPLAYED_EVENTS.toLocaleString('en')} audit events and activity rows: only the newest were replayed.`,
      }),
      eventLimit: t.int({
        description: 'The most audit events and activity rows one preview replays.',
        resolve: () => MAX_REPLAYED_EVENTS,
      }),
      allowToDeny: t.exposeInt('allowToDeny', {
        description: 'Requests allowed now and denied after the change.',
      }),
      denyToAllow: t.exposeInt('denyToAllow', {
        description: 'Requests denied now and allowed after the change.',
      }),
      byAction: t.field({
        type: [ActionFlipsRef],
        description: 'The moved requests per action, by action.',
        resolve: (p) => p.byAction,
      }),
      samples: t.field({
        type: [FlipSampleRef],
        description:
          'A few moved requests: at most three per action and direction, fifty in all, newest first.',
        resolve: (p) => p.samples,
      }),
      disagreements: t.exposeInt('disagreements', {
        description:
          'Replayed requests whose decision now, before the change, differs from the one recorded: the policies ' +
          'changed since, or the request had context the records do not keep (MFA, operation keys, the keys an app ' +
          'added to `authorize`).',
      }),
    }),
  });
