import type { AuditInput } from '@iamgate/store';
import type { GatewayContext } from '../context/gateway-context.js';

interface PendingAudit {
  event: AuditInput;
  taken: boolean;
}

const pending = new WeakMap<GatewayContext, PendingAudit>();

/**
 * The context a self-audited mutation (`AuthzRule.selfAudited`) runs with: `ctx` itself, plus the audit event of
 * the allowed call, which the resolver writes in the same statement as its change (`takeCallAudit`).
 */
export function withCallAudit(ctx: GatewayContext, event: AuditInput): GatewayContext {
  const scoped: GatewayContext = { ...ctx };
  pending.set(scoped, { event, taken: false });
  return scoped;
}

/**
 * The audit event of the running call, for a self-audited mutation to write together with its change, e.g.
 * `ctx.store.sessions.create(input, { audit: takeCallAudit(ctx) })`. Only fields declared `selfAudited` have one:
 * anywhere else this is a programming error, and throws.
 *
 * @example
 * resolve: (_root, args, ctx) => ctx.store.sessions.create(session(args), { audit: takeCallAudit(ctx) })
 */
export function takeCallAudit(ctx: GatewayContext): AuditInput {
  const slot = pending.get(ctx);
  if (slot === undefined) throw new Error('only a field declared `selfAudited` writes its own audit event');
  slot.taken = true;
  return slot.event;
}

/** Whether the resolver took the call's audit event (and so wrote it, or failed). */
export function callAuditTaken(ctx: GatewayContext): boolean {
  return pending.get(ctx)?.taken === true;
}
