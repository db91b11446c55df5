import { iamArn } from '../arn.js';
import { executeRows } from '../db/execute.js';
import { noSuchEntity } from '../errors.js';
import { read, type StoreContext } from '../repos/context.js';
import { assemble, type Row } from './assemble.js';
import { effectiveBatchStatement } from './effective-batch-sql.js';
import type { EffectivePolicies } from './types.js';

/** Whose policies `effectivePoliciesBatch` reads: users, roles and groups of one account, by unique id. */
export interface EffectiveBatchRefs {
  userIds?: readonly string[];
  roleIds?: readonly string[];
  groupIds?: readonly string[];
}

/**
 * The effective policies of many principals of one account, read together (one snapshot, one revision). Users and
 * roles are exactly what `effectivePolicies` gives for each (same ids, order and sources). A group's entry holds its
 * own identity-based policies and the account's guardrails, with the group's ARN as `principalArn`: what a member
 * without policies of its own, boundary or tags would have. Ids of other accounts, or that do not exist, are absent.
 */
export interface EffectiveBatch {
  revision: number;
  users: Map<string, EffectivePolicies>;
  roles: Map<string, EffectivePolicies>;
  groups: Map<string, EffectivePolicies>;
}

interface BatchRow extends Row {
  owner: string | null;
}

/** What the statement's rows say, indexed by owner. */
class Rows {
  readonly heads: BatchRow[] = [];
  readonly guardrails: Row[] = [];
  readonly groups = new Map<string, BatchRow>();
  readonly managed = new Map<string, BatchRow>();
  private readonly byOwner = new Map<string, BatchRow[]>();
  revision: number | undefined;

  constructor(rows: readonly BatchRow[]) {
    for (const r of rows) {
      if (r.part === 'account') this.revision = Number(JSON.parse(r.extra ?? '{}').revision);
      else if (r.part === 'head') this.heads.push(r);
      else if (r.part === 'groupHead') this.groups.set(r.owner ?? '', r);
      else if (r.part === 'managed') this.managed.set(r.owner ?? '', r);
      else if (r.owner === null) this.guardrails.push(r);
      else {
        const list = this.byOwner.get(r.owner) ?? [];
        list.push(r);
        this.byOwner.set(r.owner, list);
      }
    }
  }

  of(owner: string, part: string): BatchRow[] {
    return (this.byOwner.get(owner) ?? []).filter((r) => r.part === part);
  }

  /** The rows `effectiveStatement` gives an owner's policies, as `ownerKind` (`user`, `role`, `group`). */
  policies(owner: string, ownerKind: string, ownerName: string): Row[] {
    const out: Row[] = [];
    for (const r of this.of(owner, 'inline')) {
      out.push(row(`${ownerKind}Inline`, ownerName, r.policy_name, null, null, r.document));
    }
    for (const a of this.of(owner, 'attached')) {
      const m = this.managed.get(a.version_id ?? '');
      if (m !== undefined)
        out.push(
          row(`${ownerKind}Managed`, ownerName, m.policy_name, m.policy_path, m.version_id, m.document),
        );
    }
    return out;
  }
}

function row(
  part: string,
  ownerName: string | null,
  policyName: string | null,
  policyPath: string | null,
  versionId: string | null,
  document: string | null,
  extra: string | null = null,
): Row {
  return {
    part,
    owner_name: ownerName,
    policy_name: policyName,
    policy_path: policyPath,
    version_id: versionId,
    document,
    extra,
  };
}

/** Loads the effective policies of many users, roles and groups of `accountId` in one statement. */
export async function loadEffectivePoliciesBatch(
  ctx: StoreContext,
  accountId: string,
  refs: EffectiveBatchRefs,
): Promise<EffectiveBatch> {
  const statement = effectiveBatchStatement(accountId, {
    users: refs.userIds ?? [],
    roles: refs.roleIds ?? [],
    groups: refs.groupIds ?? [],
  });
  const rows = new Rows(await read(ctx, (db) => executeRows<BatchRow>(db, statement)));
  if (rows.revision === undefined) throw noSuchEntity('account', accountId);
  const out: EffectiveBatch = {
    revision: rows.revision,
    users: new Map(),
    roles: new Map(),
    groups: new Map(),
  };
  const p = ctx.partition;
  for (const head of rows.heads) {
    const id = head.owner ?? '';
    const kind = head.version_id as 'user' | 'role' | 'group';
    const name = head.owner_name ?? '';
    const own: Row[] = [...rows.policies(id, kind, name), ...rows.guardrails];
    for (const b of rows.of(id, 'boundary')) {
      const m = rows.managed.get(b.version_id ?? '');
      if (m !== undefined)
        own.push(row('boundary', null, m.policy_name, m.policy_path, m.version_id, m.document));
    }
    if (kind === 'group') {
      const extra = JSON.stringify({ accountId, revision: rows.revision, tags: [] });
      const assembled = assemble(
        p,
        'user',
        row('head', name, null, head.policy_path, null, null, extra),
        own,
      );
      out.groups.set(id, {
        ...assembled,
        principalArn: iamArn(p, accountId, 'group', head.policy_path ?? '/', name),
      });
      continue;
    }
    if (kind === 'user') {
      for (const m of rows.of(id, 'member')) {
        const group = rows.groups.get(m.version_id ?? '');
        if (group === undefined) continue;
        const groupName = group.owner_name ?? '';
        own.push(row('group', groupName, null, group.policy_path, null, null));
        own.push(...rows.policies(group.owner ?? '', 'group', groupName));
      }
    }
    const headRow = row('head', name, null, head.policy_path, null, null, head.extra);
    (kind === 'user' ? out.users : out.roles).set(id, assemble(p, kind, headRow, own));
  }
  return out;
}
