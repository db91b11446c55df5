import { sql } from 'drizzle-orm';
import { iamArn, rootArn } from '../arn.js';
import { executeRows } from '../db/execute.js';
import type { Executor } from '../db/types.js';
import { read, type StoreContext } from './context.js';
import { type CredentialReportFacts, gatherCredentialFacts } from './credential-reports.js';

/** A policy document in force in the account: a managed policy's default version, or an inline policy. */
export interface PolicyDocumentFact {
  /** `managed`, or the kind of principal that has the inline policy. */
  kind: 'managed' | 'user' | 'group' | 'role';
  /** The managed policy's ARN, or the ARN of the user, group or role that has the inline policy. */
  arn: string;
  policyName: string;
  /** The document as stored (JSON text). */
  document: string;
}

/** A user with policies of its own, attached or inline, rather than only through groups. */
export interface DirectUserPolicies {
  userName: string;
  userArn: string;
  attached: number;
  inline: number;
}

/** What the security findings of an account are made of (read in two statements). */
export interface SecurityFacts {
  credentials: CredentialReportFacts;
  /** The latest allowed call the audit log records of the root user, if any. */
  rootLastAudited: Date | null;
  /** Customer managed policies' default versions and every inline policy, in a stable order. */
  policies: PolicyDocumentFact[];
  /** Users with attached managed or inline policies, by name. */
  directUserPolicies: DirectUserPolicies[];
}

interface FactDocument {
  kind: 'managed' | 'user' | 'group' | 'role' | 'direct' | 'rootAudit';
  name?: string;
  path?: string;
  policyName?: string;
  document?: string;
  attached?: number;
  inline?: number;
  at?: string | null;
}

/** An inline policy branch of `policyStatement`: the policies of one kind of principal of the account. */
function inlineBranch(kind: 'user' | 'group' | 'role', table: string, column: string, accountId: string) {
  return sql`select 1 as ord, ${kind}::text as k, lower(o.name) as sort_name, lower(ip.name) as sort_id,
    json_build_object('kind', ${kind}::text, 'name', o.name, 'path', o.path, 'policyName', ip.name,
      'document', ip.document) as doc
  from inline_policies ip join ${sql.raw(table)} o on o.id = ip.${sql.raw(column)}
  where o.account_id = ${accountId}`;
}

/**
 * Everything about policies the findings need, in one statement: managed policies' default documents, inline
 * documents of users, groups and roles, the users with policies of their own, and the root user's latest audited
 * call (the audit index on principal and time answers it without a scan).
 */
function policyStatement(partition: string, accountId: string) {
  const root = rootArn(partition, accountId);
  return sql`select f.doc::text as doc from (
  select 0 as ord, 'managed' as k, lower(p.name) as sort_name, p.id as sort_id,
    json_build_object('kind', 'managed', 'name', p.name, 'path', p.path, 'policyName', p.name,
      'document', v.document) as doc
  from policies p join policy_versions v on v.policy_id = p.id and v.is_default
  where p.account_id = ${accountId}
  union all ${inlineBranch('user', 'users', 'user_id', accountId)}
  union all ${inlineBranch('group', 'groups', 'group_id', accountId)}
  union all ${inlineBranch('role', 'roles', 'role_id', accountId)}
  union all
  select 2, 'direct', lower(u.name), u.id, json_build_object('kind', 'direct', 'name', u.name, 'path', u.path,
    'attached', (select count(*) from policy_attachments pa where pa.user_id = u.id),
    'inline', (select count(*) from inline_policies ip where ip.user_id = u.id))
  from users u where u.account_id = ${accountId}
    and (exists (select 1 from policy_attachments pa where pa.user_id = u.id)
      or exists (select 1 from inline_policies ip where ip.user_id = u.id))
  union all
  select 3, 'rootAudit', '', '', json_build_object('kind', 'rootAudit', 'at', (select max(e.occurred_at)
    from audit_events e where e.principal_arn = ${root} and e.account_id = ${accountId} and e.decision = 'Allow'))
) f order by f.ord, f.k, f.sort_name, f.sort_id`;
}

/** The facts of `policyStatement`, mapped. */
async function policyFacts(
  db: Executor,
  partition: string,
  accountId: string,
): Promise<Omit<SecurityFacts, 'credentials'>> {
  const rows = await executeRows<{ doc: string }>(db, policyStatement(partition, accountId));
  const facts: Omit<SecurityFacts, 'credentials'> = {
    rootLastAudited: null,
    policies: [],
    directUserPolicies: [],
  };
  for (const { doc } of rows) {
    const d = JSON.parse(doc) as FactDocument;
    if (d.kind === 'rootAudit') {
      facts.rootLastAudited = d.at == null ? null : new Date(d.at);
    } else if (d.kind === 'direct') {
      facts.directUserPolicies.push({
        userName: d.name as string,
        userArn: iamArn(partition, accountId, 'user', d.path as string, d.name as string),
        attached: Number(d.attached),
        inline: Number(d.inline),
      });
    } else {
      const type = d.kind === 'managed' ? 'policy' : d.kind;
      facts.policies.push({
        kind: d.kind,
        arn: iamArn(partition, accountId, type, d.path as string, d.name as string),
        policyName: d.policyName as string,
        document: d.document as string,
      });
    }
  }
  return facts;
}

/**
 * The facts an account's security findings are computed from (iamgate's `ListSecurityFindings`): its credentials as
 * the credential report reads them, and its policies, in two statements whatever the account's size.
 */
export class SecurityFactsRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** The account's security facts; empty when the account does not exist. */
  async gather(accountId: string): Promise<SecurityFacts> {
    return read(this.ctx, async (db) => {
      const credentials = await gatherCredentialFacts(db, this.ctx.partition, accountId);
      return { credentials, ...(await policyFacts(db, this.ctx.partition, accountId)) };
    });
  }
}
