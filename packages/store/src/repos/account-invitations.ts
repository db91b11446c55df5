import { and, asc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/types.js';
import { noSuchEntity, StoreError } from '../errors.js';
import { newSecret, randomString } from '../ids.js';
import { checkEmail } from '../names.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../pagination.js';
import { accountInvitations } from '../schema/account-invitations.js';
import { hashSecret } from '../secrets/secret-hash.js';
import type { WriteOptions } from './audit-write.js';
import { read, type StoreContext, write } from './context.js';

/** An invitation to sign up, never its token. */
export interface AccountInvitation {
  id: string;
  /** The e-mail the new root must have (ignoring case), or null for any. */
  email: string | null;
  /** The account that made it. */
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  /** When it made an account, and which; null while unused. */
  usedAt: Date | null;
  usedBy: string | null;
}

/** A new invitation with its token, shown once. */
export interface IssuedInvitation {
  invitation: AccountInvitation;
  /** `inv_` and 40 random characters; only its SHA-256 is stored. */
  token: string;
}

type Row = typeof accountInvitations.$inferSelect;

const TOKEN_PREFIX = 'inv_';

function toInvitation(row: Row): AccountInvitation {
  return {
    id: row.id,
    email: row.email,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    usedAt: row.usedAt,
    usedBy: row.usedBy,
  };
}

/**
 * Takes the invitation `token` for a new account of `email` at `now`, in the caller's transaction: only an
 * unused, unexpired invitation whose e-mail (if any) is `email` is taken, and at most once however many sign-ups
 * race for it (the update is the check). `InvalidCredentials` otherwise, saying no more than that.
 */
export async function takeInvitation(tx: Executor, token: string, email: string, now: Date): Promise<string> {
  const t = accountInvitations;
  const [row] = await tx
    .update(t)
    .set({ usedAt: now })
    .where(
      and(
        eq(t.tokenHash, hashSecret(token)),
        isNull(t.usedAt),
        gt(t.expiresAt, now),
        sql`(${t.email} is null or lower(${t.email}) = lower(${email}))`,
      ),
    )
    .returning({ id: t.id });
  if (row === undefined) {
    throw new StoreError(
      'InvalidCredentials',
      'the invitation is not valid: unknown, expired, used or for another e-mail',
    );
  }
  return row.id;
}

/** Records which account an invitation made (in the same transaction as `takeInvitation`). */
export async function markInvitationUsed(tx: Executor, id: string, accountId: string): Promise<void> {
  await tx.update(accountInvitations).set({ usedBy: accountId }).where(eq(accountInvitations.id, id));
}

/** Invitations to sign up, made by the operator account (`IAMGATE_SIGN_UP=invite`). */
export class AccountInvitationsRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** A new invitation of `createdBy`, valid until `expiresAt`, for `email` when given; its token is returned once. */
  async create(
    createdBy: string,
    input: { email?: string; expiresAt: Date },
    options: WriteOptions = {},
  ): Promise<IssuedInvitation> {
    const email = input.email === undefined ? null : checkEmail(input.email);
    const token = `${TOKEN_PREFIX}${newSecret()}`;
    const id = `AINV${randomString('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 17)}`;
    return write(
      this.ctx,
      async (tx) => {
        const [row] = await tx
          .insert(accountInvitations)
          .values({ id, tokenHash: hashSecret(token), email, createdBy, expiresAt: input.expiresAt })
          .returning();
        return { invitation: toInvitation(row as Row), token };
      },
      { subject: id, accountId: createdBy, ...options },
    );
  }

  /** The invitations `createdBy` made, by id, used ones included. */
  async list(createdBy: string, page: PageArgs = {}): Promise<Connection<AccountInvitation>> {
    const size = pageSize(page.first);
    const t = accountInvitations;
    return read(this.ctx, async (db) => {
      const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
      const rows = await db
        .select()
        .from(t)
        .where(and(eq(t.createdBy, createdBy), after === undefined ? undefined : gt(t.id, after)))
        .orderBy(asc(t.id))
        .limit(size + 1);
      return toConnection(rows, size, (r) => [r.id], toInvitation);
    });
  }

  /** Withdraws an unused invitation of `createdBy`; `NoSuchEntity` for another's, a used one, or none. */
  async delete(createdBy: string, id: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const t = accountInvitations;
        const deleted = await tx
          .delete(t)
          .where(and(eq(t.id, id), eq(t.createdBy, createdBy), isNull(t.usedAt)))
          .returning({ id: t.id });
        if (deleted.length === 0) throw noSuchEntity('invitation', id);
      },
      { subject: id, accountId: createdBy, ...options },
    );
  }
}
