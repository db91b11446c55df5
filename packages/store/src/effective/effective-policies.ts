import type { IdentifiedPolicy, RequestPolicies } from '@iamgate/policy';
import { rootArn } from '../arn.js';
import { executeRows } from '../db/execute.js';
import { noSuchEntity } from '../errors.js';
import { read, type StoreContext } from '../repos/context.js';
import { assemble, type Row } from './assemble.js';
import { assembleGuardrails } from './assemble-guardrails.js';
import { type EffectiveTarget, effectiveStatement, rootStatement } from './effective-sql.js';
import type { EffectivePolicies, EffectivePolicy, PrincipalRef } from './types.js';

/** Loads effective policies in one statement (see `effective-sql.ts`), whatever the number of groups and policies. */
export async function loadEffectivePolicies(
  ctx: StoreContext,
  principal: PrincipalRef,
): Promise<EffectivePolicies> {
  const p = ctx.partition;
  if (principal.kind === 'root') {
    const rows = await read(ctx, (db) => executeRows<Row>(db, rootStatement(principal.accountId)));
    const head = rows.find((r) => r.part === 'head');
    if (!head?.extra) throw noSuchEntity('account', principal.accountId);
    const extra = JSON.parse(head.extra) as { revision: number | string };
    return {
      accountId: principal.accountId,
      revision: Number(extra.revision),
      principalArn: rootArn(p, principal.accountId),
      roleArn: null,
      isRoot: true,
      groups: [],
      identity: [],
      permissionsBoundary: null,
      session: [],
      principalTags: [],
      sessionInfo: null,
      ...assembleGuardrails(rows),
    };
  }
  const target: EffectiveTarget = principal;
  const statement = effectiveStatement(target);
  // Outside a transaction, run it prepared: planning this union costs more than executing it.
  const rows = await read(ctx, async (db) =>
    ctx.tx
      ? executeRows<Row>(db, statement)
      : ((await ctx.prepared(`iamgate_effective_${target.kind}`, statement)) as Row[]),
  );
  const head = rows.find((r) => r.part === 'head');
  if (!head?.extra) {
    const id =
      'userId' in principal
        ? principal.userId
        : 'roleId' in principal
          ? principal.roleId
          : principal.sessionId;
    throw noSuchEntity(principal.kind, id);
  }
  return assemble(p, principal.kind, head, rows);
}

/**
 * The engine's `RequestPolicies` for these effective policies (identity, boundary, session, guardrails). The
 * resource policy is the caller's to add.
 */
export function toRequestPolicies(effective: EffectivePolicies): RequestPolicies {
  const asInput = (e: EffectivePolicy): IdentifiedPolicy => ({ id: e.id, document: e.document });
  const out: RequestPolicies = { identity: effective.identity.map(asInput) };
  if (effective.permissionsBoundary) out.permissionsBoundary = asInput(effective.permissionsBoundary);
  if (effective.session.length > 0) out.session = effective.session.map(asInput);
  if (effective.guardrails.length > 0)
    out.guardrails = effective.guardrails.map((level) => level.map(asInput));
  return out;
}
