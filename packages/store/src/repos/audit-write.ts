import type { Executor } from '../db/types.js';
import { auditEvents } from '../schema/audit-events.js';

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
}

/** Options every repository write accepts. */
export interface WriteOptions {
  /** Recorded in the same transaction as the change, so both happen or neither does. */
  audit?: AuditInput;
}

/** Inserts one audit event with the given executor (a transaction, to make it atomic with a change). */
export async function insertAuditEvent(
  db: Executor,
  input: AuditInput,
  defaultAccountId?: string,
): Promise<number> {
  const [row] = await db
    .insert(auditEvents)
    .values({
      action: input.action,
      decision: input.decision,
      accountId: input.accountId === undefined ? (defaultAccountId ?? null) : input.accountId,
      principalArn: input.principalArn ?? null,
      principalId: input.principalId ?? null,
      resource: input.resource ?? null,
      requestId: input.requestId ?? null,
      sourceIp: input.sourceIp ?? null,
      userAgent: input.userAgent ?? null,
      errorCode: input.errorCode ?? null,
      details: input.details ?? null,
      ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    })
    .returning({ id: auditEvents.id });
  return row?.id ?? 0;
}
