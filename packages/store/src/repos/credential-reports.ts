import { eq, type SQL, sql } from 'drizzle-orm';
import { iamArn, rootArn } from '../arn.js';
import { executeRows } from '../db/execute.js';
import type { Executor } from '../db/types.js';
import { credentialReports } from '../schema/credential-reports.js';
import { read, type StoreContext, write } from './context.js';

/** One access key of a credential report row, oldest first (`access_key_1_*`, then `access_key_2_*`). */
export interface CredentialReportKey {
  accessKeyId: string;
  status: 'Active' | 'Inactive';
  /** When it was created: AWS's `last_rotated` (a rotated key is a new key). */
  createdAt: Date;
  lastUsedAt: Date | null;
  /** The action of the last use (`iamgate:SignIn`); the service is its prefix. */
  lastUsedAction: string | null;
}

/**
 * One principal of the credential report before it is written as CSV
 * (`IAM/latest/UserGuide/id_credentials_getting-report.html`): the root user or an IAM user, with its password, MFA
 * and access keys as they are now.
 */
export interface CredentialReportRow {
  kind: 'root' | 'user';
  /** The user name; for root, the account id. */
  name: string;
  /** The user id, or the account id for root. */
  id: string;
  path: string;
  arn: string;
  createdAt: Date;
  /** Users: whether they have a console password (a login profile). Root always has one. */
  passwordEnabled: boolean;
  passwordLastUsed: Date | null;
  /** When the user's password was last set; null for root (not tracked) and users without one. */
  passwordLastChanged: Date | null;
  /** Whether an MFA device is enabled for the principal. */
  mfaActive: boolean;
  /** At most two (the quota), oldest first. */
  accessKeys: CredentialReportKey[];
}

/** What a credential report is made of: its rows (root first, then users by name) and the rotation policy. */
export interface CredentialReportFacts {
  /** The account password policy's `MaxPasswordAge` in days, or null when passwords do not expire. */
  maxPasswordAge: number | null;
  rows: CredentialReportRow[];
}

/** A stored report: the CSV as generated and when. */
export interface StoredCredentialReport {
  content: string;
  generatedAt: Date;
}

/** JSON of one access key, for the row documents of `gatherStatement`. */
const keysOf = (owner: SQL) => sql`(select coalesce(json_agg(json_build_object(
    'accessKeyId', k.id, 'status', k.status, 'createdAt', k.created_at,
    'lastUsedAt', k.last_used_at, 'lastUsedAction', k.last_used_action) order by k.created_at, k.id), '[]'::json)
  from access_keys k where ${owner})`;

/**
 * Every principal of the account as one JSON document each, root first, then users by name, in one statement:
 * login profile, MFA devices (`enabled_at` set) and access keys are subqueries per row, so the cost is one statement
 * whatever the number of users.
 */
function gatherStatement(accountId: string) {
  return sql`select r.doc::text as doc from (
  select 0 as ord, '' as sort_name, '' as sort_id, json_build_object(
    'kind', 'root', 'id', a.id, 'createdAt', a.created_at,
    'passwordLastUsed', a.root_password_last_used,
    'maxPasswordAge', (select pp.max_password_age from password_policies pp where pp.account_id = a.id),
    'mfaActive', exists(select 1 from mfa_devices d
      where d.account_id = a.id and d.assigned_to = 'root' and d.enabled_at is not null),
    'accessKeys', ${keysOf(sql`k.account_id = a.id and k.user_id is null`)}) as doc
  from accounts a where a.id = ${accountId}
  union all
  select 1, lower(u.name), u.id, json_build_object(
    'kind', 'user', 'id', u.id, 'name', u.name, 'path', u.path, 'createdAt', u.created_at,
    'passwordEnabled', lp.user_id is not null, 'passwordLastUsed', u.password_last_used,
    'passwordLastChanged', lp.password_changed_at,
    'mfaActive', exists(select 1 from mfa_devices d
      where d.user_id = u.id and d.assigned_to = 'user' and d.enabled_at is not null),
    'accessKeys', ${keysOf(sql`k.user_id = u.id`)})
  from users u left join login_profiles lp on lp.user_id = u.id
  where u.account_id = ${accountId}
) r order by r.ord, r.sort_name, r.sort_id`;
}

interface RowDocument {
  kind: 'root' | 'user';
  id: string;
  name?: string;
  path?: string;
  createdAt: string;
  passwordEnabled?: boolean;
  passwordLastUsed: string | null;
  passwordLastChanged?: string | null;
  maxPasswordAge?: number | null;
  mfaActive: boolean;
  accessKeys: {
    accessKeyId: string;
    status: 'Active' | 'Inactive';
    createdAt: string;
    lastUsedAt: string | null;
    lastUsedAction: string | null;
  }[];
}

const date = (value: string | null | undefined): Date | null => (value == null ? null : new Date(value));

/** Reads the credential facts of an account (`gatherStatement`); no rows when the account does not exist. */
export async function gatherCredentialFacts(
  db: Executor,
  partition: string,
  accountId: string,
): Promise<CredentialReportFacts> {
  const documents = await executeRows<{ doc: string }>(db, gatherStatement(accountId));
  let maxPasswordAge: number | null = null;
  const rows = documents.map(({ doc }): CredentialReportRow => {
    const d = JSON.parse(doc) as RowDocument;
    if (d.kind === 'root') maxPasswordAge = d.maxPasswordAge ?? null;
    const user = d.kind === 'user';
    return {
      kind: d.kind,
      name: user ? (d.name as string) : d.id,
      id: d.id,
      path: d.path ?? '/',
      arn: user
        ? iamArn(partition, accountId, 'user', d.path as string, d.name as string)
        : rootArn(partition, accountId),
      createdAt: new Date(d.createdAt),
      passwordEnabled: user ? d.passwordEnabled === true : true,
      passwordLastUsed: date(d.passwordLastUsed),
      passwordLastChanged: date(d.passwordLastChanged),
      mfaActive: d.mfaActive,
      accessKeys: d.accessKeys.map((k) => ({
        accessKeyId: k.accessKeyId,
        status: k.status,
        createdAt: new Date(k.createdAt),
        lastUsedAt: date(k.lastUsedAt),
        lastUsedAction: k.lastUsedAction,
      })),
    };
  });
  return { maxPasswordAge, rows };
}

/**
 * The credential report of each account (`API_GenerateCredentialReport.html`, `API_GetCredentialReport.html`): the
 * facts it is made of, read in one statement, and the latest report as generated, kept so that every gateway
 * instance serves the same one.
 */
export class CredentialReportsRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** The account's root user and IAM users with their credentials, in one statement (see `gatherStatement`). */
  async gather(accountId: string): Promise<CredentialReportFacts> {
    return read(this.ctx, (db) => gatherCredentialFacts(db, this.ctx.partition, accountId));
  }

  /** The account's latest report, or undefined when none was generated. */
  async latest(accountId: string): Promise<StoredCredentialReport | undefined> {
    return read(this.ctx, async (db) => {
      const [row] = await db
        .select({ content: credentialReports.content, generatedAt: credentialReports.generatedAt })
        .from(credentialReports)
        .where(eq(credentialReports.accountId, accountId));
      return row;
    });
  }

  /** Keeps `content` as the account's report, replacing the previous one. */
  async save(accountId: string, report: StoredCredentialReport): Promise<void> {
    await write(
      this.ctx,
      (tx) =>
        tx
          .insert(credentialReports)
          .values({ accountId, content: report.content, generatedAt: report.generatedAt })
          .onConflictDoUpdate({
            target: credentialReports.accountId,
            set: { content: report.content, generatedAt: report.generatedAt },
          }),
      { subject: accountId, accountId },
    );
  }
}
