import type { Executor } from '../db/types.js';
import { auditEvents } from '../schema/audit-events.js';
import { escapeUnstorableText, storableValue } from '../storable-text.js';

/** One audit event to record. Only `action` and `decision` are required. */
export interface AuditInput {
  /** `iam:CreateUser`, `sts:AssumeRole`, `iamgate:SignIn`... */
  action: string;
  /** Whether the request was allowed (`Allow`) or refused (`Deny`, including failures). */
  decision: 'Allow' | 'Deny';
  /** The account the event belongs to; for repository writes it defaults to the changed entity's account. */
  accountId?: string | null;
  principalArn?: string | null;
  principalId?: string | null;
  /** The target ARN. */
  resource?: string | null;
  requestId?: string | null;
  sourceIp?: string | null;
  userAgent?: string | null;
  /** The error code returned to the caller, for refusals and failures. */
  errorCode?: string | null;
  /** Free-form, non-secret details (request parameters, reason of a denial). */
  details?: Record<string, unknown> | null;
  /** Defaults to the database's `now()`. */
  occurredAt?: Date;
  /**
   * Other accounts that get the same event in their log: the owner of a resource another account acted on (a role
   * assumed from another account), as CloudTrail records such calls in both accounts.
   */
  alsoIn?: readonly string[];
}

/** Options every repository write accepts. */
export interface WriteOptions {
  /** Recorded in the same transaction as the change, so both happen or neither does. */
  audit?: AuditInput;
}

/**
 * A text column's value as it can be stored: NUL and lone surrogates escaped (see `escapeUnstorableText`), and cut
 * to the column's length when it has one.
 */
function text(value: string | null | undefined, maxLength = Number.POSITIVE_INFINITY): string | null {
  if (value == null) return null;
  const storable = escapeUnstorableText(value);
  return storable.length > maxLength ? storable.slice(0, maxLength) : storable;
}

/**
 * The row of one audit event. The content is what a caller sent, so it never makes the write fail: text Postgres
 * cannot store (NUL, lone surrogates) is written as its `\u` escape, in every column and in `details`, and text
 * longer than its column is cut. Shared by `insertAuditEvent` and the statements that write an event together with
 * their change (`session-insert.ts`).
 */
export function auditRow(input: AuditInput, defaultAccountId?: string): typeof auditEvents.$inferInsert {
  return {
    action: text(input.action, 256) ?? '',
    decision: input.decision,
    accountId: text(input.accountId === undefined ? defaultAccountId : input.accountId, 12),
    principalArn: text(input.principalArn),
    principalId: text(input.principalId, 64),
    resource: text(input.resource),
    requestId: text(input.requestId, 128),
    sourceIp: text(input.sourceIp, 64),
    userAgent: text(input.userAgent),
    errorCode: text(input.errorCode, 128),
    details: input.details == null ? null : storableValue(input.details),
    ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
  };
}

/** The rows of an audit event: its own, and a copy for each account of `alsoIn` other than its own. */
export function auditRows(input: AuditInput, defaultAccountId?: string): (typeof auditEvents.$inferInsert)[] {
  const row = auditRow(input, defaultAccountId);
  const others = [...new Set(input.alsoIn ?? [])].filter((accountId) => accountId !== row.accountId);
  return [row, ...others.map((accountId) => ({ ...row, accountId: text(accountId, 12) }))];
}

/**
 * Inserts an audit event (`auditRows`: its copies for `alsoIn` too, in the same statement) with the given executor
 * (a transaction, to make it atomic with a change). Returns the id of the event's own row.
 */
export async function insertAuditEvent(
  db: Executor,
  input: AuditInput,
  defaultAccountId?: string,
): Promise<number> {
  const [row] = await db
    .insert(auditEvents)
    .values(auditRows(input, defaultAccountId))
    .returning({ id: auditEvents.id });
  return row?.id ?? 0;
}
