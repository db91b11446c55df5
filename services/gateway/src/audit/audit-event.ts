import type { AuditInput } from '@iamgate/store';
import type { GatewayContext } from '../context/gateway-context.js';

/** What an audit event says about the operation; the rest comes from the request. */
export interface AuditFacts {
  action: string;
  resource: string | null;
  decision: 'Allow' | 'Deny';
  errorCode?: string;
  details?: Record<string, unknown>;
  /** Other accounts the event is recorded in too (the owner of another account's resource the call concerned). */
  alsoIn?: readonly string[];
}

/**
 * An audit event for this request: who (principal ARN and id), from where (source IP, user agent), when (the
 * gateway's clock), which request (its id), and what.
 */
export function auditEvent(ctx: GatewayContext, facts: AuditFacts): AuditInput {
  const principal = ctx.caller?.principal;
  return {
    action: facts.action,
    decision: facts.decision,
    accountId: principal?.accountId ?? null,
    principalArn: principal?.arn ?? null,
    principalId: principal?.id ?? null,
    resource: facts.resource,
    requestId: ctx.requestId,
    sourceIp: ctx.facts.sourceIp,
    userAgent: ctx.facts.userAgent ?? null,
    errorCode: facts.errorCode ?? null,
    details: facts.details ?? null,
    occurredAt: ctx.facts.now,
    ...(facts.alsoIn === undefined || facts.alsoIn.length === 0 ? {} : { alsoIn: facts.alsoIn }),
  };
}
