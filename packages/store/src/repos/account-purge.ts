import { sql } from 'drizzle-orm';
import type { Transaction } from '../db/types.js';

/**
 * The statements that delete a closed account's data, in an order its foreign keys accept: sessions and credentials
 * first, then what entities hold (memberships, attachments, inline policies, workloads), then the entities, its
 * password policy, unused invitations it made, and its place in an organization (the organization itself, when it
 * managed one, which `close` only allows without other members). The account row stays, with its id, root e-mail and
 * alias, its root password hash replaced by one no password matches; the audit log, append-only, stays as well.
 */
export async function purgeAccountData(tx: Transaction, accountId: string): Promise<void> {
  const users = sql`(select id from users where account_id = ${accountId})`;
  const groups = sql`(select id from groups where account_id = ${accountId})`;
  const roles = sql`(select id from roles where account_id = ${accountId})`;
  const statements = [
    sql`delete from sessions where account_id = ${accountId}`,
    sql`delete from access_keys where account_id = ${accountId}`,
    sql`delete from mfa_devices where account_id = ${accountId}`,
    sql`delete from oidc_providers where account_id = ${accountId}`,
    sql`delete from credential_reports where account_id = ${accountId}`,
    sql`delete from archived_findings where account_id = ${accountId}`,
    sql`delete from access_activity where account_id = ${accountId}`,
    sql`delete from resource_policies where account_id = ${accountId}`,
    sql`delete from service_definitions where account_id = ${accountId}`,
    sql`delete from login_profiles where user_id in ${users}`,
    sql`delete from group_memberships where user_id in ${users} or group_id in ${groups}`,
    sql`delete from policy_attachments where user_id in ${users} or group_id in ${groups} or role_id in ${roles}
      or policy_id in (select id from policies where account_id = ${accountId})`,
    sql`delete from inline_policies where user_id in ${users} or group_id in ${groups} or role_id in ${roles}`,
    sql`delete from workloads where account_id = ${accountId}`,
    sql`update users set boundary_policy_id = null where account_id = ${accountId}`,
    sql`update roles set boundary_policy_id = null where account_id = ${accountId}`,
    sql`delete from roles where account_id = ${accountId}`,
    sql`delete from users where account_id = ${accountId}`,
    sql`delete from groups where account_id = ${accountId}`,
    sql`delete from policies where account_id = ${accountId}`,
    sql`delete from password_policies where account_id = ${accountId}`,
    sql`delete from account_invitations where created_by = ${accountId} and used_at is null`,
    sql`delete from organizations where management_account_id = ${accountId}`,
    sql`delete from guardrail_attachments where target_id = ${accountId}`,
    sql`delete from organization_accounts where account_id = ${accountId}`,
    sql`delete from handshakes where target_account_id = ${accountId}`,
    sql`delete from sign_in_throttle where key like ${`user:${accountId}/%`}`,
    sql`update accounts set purged_at = now(), root_password_hash = '!' where id = ${accountId}`,
  ];
  for (const statement of statements) await tx.execute(statement);
}
