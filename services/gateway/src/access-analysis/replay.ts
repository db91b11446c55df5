import {
  type ContextValue,
  type DecisionKind,
  type EvaluationRequest,
  evaluateTrust,
  type PolicyInput,
  parsePrincipal,
  type RequestPolicies,
  tryParseArn,
} from '@iamgate/policy';
import type { AuditedRequest, EffectivePolicies, RoleDetail, UserDetail } from '@iamgate/store';
import { decideWithStored, type StoredPolicies } from '../evaluator/stored-resource-policies.js';
import { type ChangeTarget, policyIdOf } from './change-target.js';
import type { Directory } from './directory.js';

/** The trust actions a role's trust policy decides (`sts:AssumeRole` and the checks that come with it). */
export const TRUST_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'] as const;

/** Actions audited that no policy decides (public fields): not replayed. */
const UNDECIDED = new Set(['iamgate:signin', 'iamgate:signup']);

/** The most samples kept per action and direction, and in all. */
const SAMPLES_PER_ACTION = 3;
const MAX_SAMPLES = 50;

const CALLER_SIDE_ONLY = (account: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { AWS: account }, Action: 'sts:*' }],
  });
const ALLOW_ALL = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
});

/** A count as a GraphQL `Int` holds it: activity rows weigh up to 2^31 - 1 each, so sums can pass it. */
export function saturated(n: number): number {
  return Math.min(n, 2_147_483_647);
}

/** Which way a decision moved. */
export type FlipDirection = 'ALLOW_TO_DENY' | 'DENY_TO_ALLOW';

/** One replayed request whose decision the change moves. */
export interface FlipSample {
  /** The audit event, or null for a row of the activity record (reads and apps' decisions). */
  eventId: number | null;
  /** How many requests the sample stands for: 1 for an audit event, the row's count for the activity record. */
  count: number;
  occurredAt: Date;
  principalArn: string;
  action: string;
  resource: string;
  /** What the audit log recorded. */
  recorded: 'Allow' | 'Deny';
  before: DecisionKind;
  after: DecisionKind;
  direction: FlipDirection;
}

/** The flips of one action. */
export interface ActionFlips {
  action: string;
  allowToDeny: number;
  denyToAllow: number;
}

/** What a replay found. */
export interface ReplayOutcome {
  replayed: number;
  /** Events not replayed: no policy decides them, or their principal no longer exists. */
  skipped: number;
  allowToDeny: number;
  denyToAllow: number;
  byAction: ActionFlips[];
  samples: FlipSample[];
  /**
   * Replayed events whose decision today, before the change, differs from the decision recorded (only for events
   * that record an authorization outcome: allowed, or refused with `AccessDenied`): the policies changed since, or
   * the request had context the log does not keep.
   */
  disagreements: number;
}

/** Everything a replay needs besides the events. */
export interface ReplayInput {
  accountId: string;
  partition: string;
  target: ChangeTarget;
  /** The document the target would have. */
  newDocument: string;
  directory: Directory;
  /** The principal's current effective policies (through the gateway's cache). */
  policiesOf: (
    principal: { kind: 'user'; user: UserDetail } | { kind: 'role'; role: RoleDetail },
  ) => Promise<EffectivePolicies>;
  stored: StoredPolicies;
}

interface Caller {
  principal: string;
  /** Keys its credentials would bring. */
  context: Record<string, ContextValue>;
  policies: RequestPolicies;
  changed: RequestPolicies;
  account: string;
  /** The caller's organization, for `aws:ResourceOrgID` of the account's own resources. */
  organization: { id: string; path: string } | null;
}

type Loaded = Omit<Caller, 'principal' | 'context'> & { base: Record<string, ContextValue> };

/** The request policies with the target's document replaced (or added, for a new inline policy). */
function withChange(policies: RequestPolicies, target: ChangeTarget, document: string): RequestPolicies {
  if (target.kind === 'trust') return policies;
  const id = policyIdOf(target);
  const swap = (p: PolicyInput): PolicyInput =>
    typeof p === 'object' && 'id' in p && p.id === id ? { id, document } : p;
  const identity = (policies.identity ?? []).map(swap);
  const present = (policies.identity ?? []).some((p) => typeof p === 'object' && 'id' in p && p.id === id);
  if (!present && target.kind === 'inline') identity.push({ id, document });
  return {
    ...policies,
    identity,
    ...(policies.permissionsBoundary === undefined
      ? {}
      : { permissionsBoundary: swap(policies.permissionsBoundary) }),
  };
}

function principalContext(
  effective: EffectivePolicies,
  extra: Record<string, ContextValue>,
): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = { 'aws:PrincipalAccount': effective.accountId, ...extra };
  for (const tag of effective.principalTags) context[`aws:PrincipalTag/${tag.key}`] = tag.value;
  if (effective.organization !== null) {
    context['aws:PrincipalOrgID'] = effective.organization.id;
    context['aws:PrincipalOrgPaths'] = [effective.organization.path];
  }
  return context;
}

/** A role session's parts, or null for any other principal. */
function sessionOf(arn: string): { account: string; roleName: string; sessionName: string } | null {
  const { kind, account, roleName, sessionName } = parsePrincipal(arn);
  return kind === 'AssumedRole' &&
    account !== undefined &&
    roleName !== undefined &&
    sessionName !== undefined
    ? { account, roleName, sessionName }
    : null;
}

/**
 * Replays audited requests with `@iamgate/policy` twice, with the principal's current policies and with the change
 * applied, and counts the requests whose decision moves. Both decisions take the same context: what the principal
 * brings now (account, ARN, id, user name, tags, organization), the event's time and source address; keys the audit
 * log does not keep (MFA, an operation's own keys) are missing from both, so only the change can move a decision.
 */
export class Replay {
  private readonly users = new Map<string, UserDetail>();
  private readonly roles = new Map<string, RoleDetail>();
  private readonly callers = new Map<string, Promise<Loaded | null>>();
  private readonly outcome: ReplayOutcome = {
    replayed: 0,
    skipped: 0,
    allowToDeny: 0,
    denyToAllow: 0,
    byAction: [],
    samples: [],
    disagreements: 0,
  };
  private readonly flips = new Map<string, ActionFlips>();
  private readonly sampled = new Map<string, number>();

  constructor(private readonly input: ReplayInput) {
    for (const user of input.directory.users) this.users.set(user.arn, user);
    for (const role of input.directory.roles) this.roles.set(role.name.toLowerCase(), role);
  }

  /** Replays the events (newest first, as read) and returns what moved. */
  async run(events: readonly AuditedRequest[]): Promise<ReplayOutcome> {
    for (const event of events) {
      const caller = await this.callerOf(event);
      if (caller === null || UNDECIDED.has(event.action.toLowerCase()) || !event.action.includes(':')) {
        this.outcome.skipped += event.count;
        continue;
      }
      const [before, after] = this.decide(event, caller);
      this.outcome.replayed += event.count;
      // The activity record keeps only decisions (`id` null): an authorization outcome, as a refusal audited so is.
      const authorizationOutcome =
        event.id === null || event.decision === 'Allow' || event.errorCode === 'AccessDenied';
      if (authorizationOutcome && (before === 'Allow') !== (event.decision === 'Allow'))
        this.outcome.disagreements += event.count;
      if ((before === 'Allow') === (after === 'Allow')) continue;
      this.count(event, caller, before, after);
    }
    this.outcome.byAction = [...this.flips.values()]
      .sort((a, b) => (a.action < b.action ? -1 : a.action > b.action ? 1 : 0))
      .map((f) => ({ ...f, allowToDeny: saturated(f.allowToDeny), denyToAllow: saturated(f.denyToAllow) }));
    const o = this.outcome;
    for (const key of ['replayed', 'skipped', 'allowToDeny', 'denyToAllow', 'disagreements'] as const)
      o[key] = saturated(o[key]);
    return o;
  }

  private count(event: AuditedRequest, caller: Caller, before: DecisionKind, after: DecisionKind): void {
    const direction: FlipDirection = before === 'Allow' ? 'ALLOW_TO_DENY' : 'DENY_TO_ALLOW';
    const flips = this.flips.get(event.action) ?? { action: event.action, allowToDeny: 0, denyToAllow: 0 };
    if (direction === 'ALLOW_TO_DENY') {
      flips.allowToDeny += event.count;
      this.outcome.allowToDeny += event.count;
    } else {
      flips.denyToAllow += event.count;
      this.outcome.denyToAllow += event.count;
    }
    this.flips.set(event.action, flips);
    const key = `${event.action}\n${direction}`;
    const taken = this.sampled.get(key) ?? 0;
    if (taken >= SAMPLES_PER_ACTION || this.outcome.samples.length >= MAX_SAMPLES) return;
    this.sampled.set(key, taken + 1);
    this.outcome.samples.push({
      eventId: event.id,
      count: event.count,
      occurredAt: event.occurredAt,
      principalArn: caller.principal,
      action: event.action,
      resource: event.resource ?? '*',
      recorded: event.decision,
      before,
      after,
      direction,
    });
  }

  private decide(event: AuditedRequest, caller: Caller): [DecisionKind, DecisionKind] {
    const context: Record<string, ContextValue> = {
      ...caller.context,
      'aws:CurrentTime': event.occurredAt.toISOString(),
      'aws:EpochTime': Math.floor(event.occurredAt.getTime() / 1000),
      ...(event.sourceIp === null ? {} : { 'aws:SourceIp': event.sourceIp }),
    };
    const resource = event.resource ?? '*';
    const { target, newDocument, accountId } = this.input;
    if (caller.organization !== null && tryParseArn(resource)?.account === accountId) {
      context['aws:ResourceOrgID'] = caller.organization.id;
      context['aws:ResourceOrgPaths'] = [caller.organization.path];
    }
    if (
      (TRUST_ACTIONS as readonly string[]).includes(event.action) &&
      tryParseArn(resource)?.service === 'iam'
    ) {
      const role = this.roleByArn(resource);
      const current = role?.assumeRolePolicyDocument ?? CALLER_SIDE_ONLY(caller.account);
      const changedTrust = target.kind === 'trust' && role?.arn === target.roleArn ? newDocument : current;
      const trust = (trustPolicy: string, callerPolicies: RequestPolicies) =>
        evaluateTrust({
          principal: caller.principal,
          action: event.action,
          roleArn: resource,
          trustPolicy,
          context,
          callerPolicies,
        }).decision;
      return [trust(current, caller.policies), trust(changedTrust, caller.changed)];
    }
    const request = (policies: RequestPolicies): EvaluationRequest => ({
      principal: caller.principal,
      action: event.action,
      resource,
      context,
      policies,
    });
    const { stored } = this.input;
    return [
      decideWithStored(request(caller.policies), stored, accountId).decision,
      decideWithStored(request(caller.changed), stored, accountId).decision,
    ];
  }

  private roleByArn(arn: string): RoleDetail | undefined {
    const name = arn.slice(arn.lastIndexOf('/') + 1).toLowerCase();
    const role = this.roles.get(name);
    return role?.arn === arn ? role : undefined;
  }

  /** Who made an event: a user or a role session of the account (with their policies), or an outsider. */
  private async callerOf(event: AuditedRequest): Promise<Caller | null> {
    const arn = event.principalArn;
    const session = sessionOf(arn);
    const key = session === null ? arn : `role:${session.account}:${session.roleName.toLowerCase()}`;
    let known = this.callers.get(key);
    if (known === undefined) {
      known = this.load(arn, session);
      this.callers.set(key, known);
    }
    const loaded = await known;
    if (loaded === null) return null;
    const context = { ...loaded.base };
    if (session !== null)
      context['aws:userid'] = event.principalId ?? `${context['aws:userid']}:${session.sessionName}`;
    return { ...loaded, principal: arn, context };
  }

  private async load(arn: string, session: ReturnType<typeof sessionOf>): Promise<Loaded | null> {
    const { accountId, target, newDocument } = this.input;
    const user = this.users.get(arn);
    // A role session, or the role itself (an app's `authorize` about the role, in the activity record).
    const role =
      session !== null
        ? session.account === accountId
          ? this.roles.get(session.roleName.toLowerCase())
          : undefined
        : this.roleByArn(arn);
    if (user === undefined && role === undefined) {
      // Another account's principal (a trust decision about one of our roles): its own side is its business.
      if (target.kind !== 'trust') return null;
      const account = tryParseArn(arn)?.account ?? '';
      const policies: RequestPolicies = { identity: [ALLOW_ALL] };
      return { base: {}, policies, changed: policies, account, organization: null };
    }
    const effective =
      user !== undefined
        ? await this.input.policiesOf({ kind: 'user', user })
        : await this.input.policiesOf({ kind: 'role', role: role as RoleDetail });
    const policies: RequestPolicies = {
      identity: effective.identity.map((p) => ({ id: p.id, document: p.document })),
      ...(effective.permissionsBoundary === null
        ? {}
        : {
            permissionsBoundary: {
              id: effective.permissionsBoundary.id,
              document: effective.permissionsBoundary.document,
            },
          }),
      ...(effective.guardrails.length === 0
        ? {}
        : {
            guardrails: effective.guardrails.map((level) =>
              level.map((p) => ({ id: p.id, document: p.document })),
            ),
          }),
    };
    const base =
      user !== undefined
        ? principalContext(effective, {
            'aws:PrincipalArn': user.arn,
            'aws:userid': user.id,
            'aws:username': user.name,
          })
        : principalContext(effective, {
            'aws:PrincipalArn': (role as RoleDetail).arn,
            'aws:userid': (role as RoleDetail).id,
          });
    return {
      base,
      policies,
      changed: withChange(policies, target, newDocument),
      account: accountId,
      organization: effective.organization,
    };
  }
}
