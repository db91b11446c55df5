import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { assumedRoleArn, iamArn, rootArn } from '../arn.js';
import type { Executor } from '../db/types.js';
import type { DocumentInput } from '../documents.js';
import { noSuchEntity } from '../errors.js';
import { newId } from '../ids.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../pagination.js';
import type { Tag } from '../schema/columns.js';
import { roles } from '../schema/roles.js';
import { sessions } from '../schema/sessions.js';
import { users } from '../schema/users.js';
import { hashSecret, verifySecret } from '../secrets/secret-hash.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { ownArn } from './policy-lookup.js';
import { recordSession } from './record-session.js';
import { revokeDescendants } from './revoke-descendants.js';

/** How a session was obtained. */
export type SessionSource =
  | 'signIn'
  | 'accessKey'
  | 'getSessionToken'
  | 'assumeRole'
  | 'assumeWorkloadRole'
  | 'assumeRoleWithWebIdentity';

/** A session: who it is, what it carries, and whether it still counts. */
export interface Session {
  id: string;
  accountId: string;
  principalType: 'root' | 'user' | 'role';
  source: SessionSource;
  /** The root ARN, the user ARN, or `arn:<p>:sts::<account>:assumed-role/<Role>/<SessionName>`. */
  principalArn: string;
  userId: string | null;
  roleId: string | null;
  /** The role's ARN (with its path) for role sessions. */
  roleArn: string | null;
  workloadId: string | null;
  parentSessionId: string | null;
  sessionName: string | null;
  sourceIdentity: string | null;
  tags: Tag[];
  transitiveTagKeys: string[];
  /** The inline session policy (JSON text), if one was passed. */
  sessionPolicy: string | null;
  sessionPolicyArns: string[];
  mfaAuthenticated: boolean;
  /** When the MFA code was checked (`aws:MultiFactorAuthAge`); null without MFA. */
  mfaAuthenticatedAt: Date | null;
  sourceIp: string | null;
  issuedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** Input of `sessions.create`. The caller (the gateway) has already authorized the request. */
export interface CreateSessionInput {
  accountId: string;
  principalType: 'root' | 'user' | 'role';
  source: SessionSource;
  userId?: string;
  roleId?: string;
  workloadId?: string;
  parentSessionId?: string;
  /** 2..64 of `[\w+=,.@-]` (`API_AssumeRole.html`). Required for role sessions. */
  sessionName?: string;
  sourceIdentity?: string;
  tags?: Tag[];
  transitiveTagKeys?: string[];
  /** Inline session policy, checked as kind `session` (2,048 characters). */
  sessionPolicy?: DocumentInput;
  /** Up to 10 managed policy ARNs of the account. */
  sessionPolicyArns?: string[];
  mfaAuthenticated?: boolean;
  /** When the MFA code was checked: `issuedAt` by default, the parent's time for a session derived from one. */
  mfaAuthenticatedAt?: Date;
  sourceIp?: string;
  issuedAt?: Date;
  expiresAt: Date;
  /** Also issue a secret (returned once, stored hashed). */
  withSecret?: boolean;
  /** The session id, from `sessions.newId()`, when the caller needed it first; a new one otherwise. */
  id?: string;
}

/** Sessions: issue, read, check, revoke (one, or all of a role or user issued before now). */
export class SessionsRepository {
  constructor(private readonly ctx: StoreContext) {}

  private select(db: Executor) {
    return db
      .select({
        session: sessions,
        roleName: roles.name,
        rolePath: roles.path,
        userName: users.name,
        userPath: users.path,
      })
      .from(sessions)
      .leftJoin(roles, eq(roles.id, sessions.roleId))
      .leftJoin(users, eq(users.id, sessions.userId));
  }

  private toSession(r: Awaited<ReturnType<SessionsRepository['select']>>[number]): Session {
    const s = r.session;
    const p = this.ctx.partition;
    const roleArn = r.roleName && r.rolePath ? iamArn(p, s.accountId, 'role', r.rolePath, r.roleName) : null;
    const principalArn =
      s.principalType === 'role'
        ? assumedRoleArn(p, s.accountId, r.roleName ?? '', s.sessionName ?? '')
        : s.principalType === 'user'
          ? iamArn(p, s.accountId, 'user', r.userPath ?? '/', r.userName ?? '')
          : rootArn(p, s.accountId);
    const { secretHash: _secret, createdAt: _created, sessionPolicyDocuments: _documents, ...rest } = s;
    return { ...rest, source: s.source as SessionSource, principalArn, roleArn };
  }

  /**
   * Records a new session; returns it, and its secret when `withSecret`. One statement (`session-insert.ts`) checks
   * that its role, user and session policies belong to its account, inserts it, writes `options.audit` with it and
   * notes the role's use, so no transaction is needed: `NoSuchEntity` when a check fails, and then nothing is
   * written.
   */
  async create(
    input: CreateSessionInput,
    options: WriteOptions = {},
  ): Promise<{ session: Session; secret?: string }> {
    return recordSession(this.ctx, input, options);
  }

  /** A new session id, for callers that need it before the session is recorded (to sign its token first). */
  newId(): string {
    return newId('session');
  }

  /**
   * The session of `accountId`, revoked or expired included; `NoSuchEntity` when there is none, or when it belongs
   * to another account (a session id is no capability).
   */
  async get(accountId: string, sessionId: string): Promise<Session> {
    return read(
      this.ctx,
      async (db) => {
        const [row] = await this.select(db).where(
          and(eq(sessions.id, sessionId), eq(sessions.accountId, accountId)),
        );
        if (!row) throw noSuchEntity('session', sessionId);
        return this.toSession(row);
      },
      sessionId,
    );
  }

  /** The session of `accountId` if it exists, is not revoked and has not expired at `now`; else `null`. */
  async getActive(accountId: string, sessionId: string, now: Date = new Date()): Promise<Session | null> {
    return read(this.ctx, async (db) => {
      const [row] = await this.select(db).where(
        and(eq(sessions.id, sessionId), eq(sessions.accountId, accountId)),
      );
      if (!row || row.session.revokedAt !== null || row.session.expiresAt.getTime() <= now.getTime())
        return null;
      return this.toSession(row);
    });
  }

  /** Whether `secret` is the session's secret (constant-time). */
  async verifySecret(sessionId: string, secret: string): Promise<boolean> {
    return read(this.ctx, async (db) => {
      const [row] = await db
        .select({ hash: sessions.secretHash })
        .from(sessions)
        .where(eq(sessions.id, sessionId));
      return verifySecret(secret, row?.hash ?? hashSecret('')) && Boolean(row?.hash);
    });
  }

  /**
   * Revokes one session and every session derived from it (`revokeDescendants`). Increments the account revision and
   * notifies, so every gateway instance and cache learns of it at commit.
   */
  async revoke(accountId: string, sessionId: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const [row] = await tx
          .select({ id: sessions.id, revokedAt: sessions.revokedAt })
          .from(sessions)
          .where(and(eq(sessions.id, sessionId), eq(sessions.accountId, accountId)));
        if (!row) throw noSuchEntity('session', sessionId);
        const at = new Date();
        if (row.revokedAt === null)
          await tx.update(sessions).set({ revokedAt: at }).where(eq(sessions.id, sessionId));
        await revokeDescendants(tx, accountId, [sessionId], at);
      },
      { subject: sessionId, accountId, ...options },
    );
  }

  /**
   * Revokes every unrevoked session of the role issued at or before `before` (default now), like AWS's
   * "Revoke active sessions" (`id_roles_use_revoke-sessions.html`), and every session derived from them. Returns how
   * many.
   */
  async revokeRoleSessions(
    accountId: string,
    roleArn: string,
    before: Date = new Date(),
    options: WriteOptions = {},
  ): Promise<number> {
    const { name, path } = ownArn(this.ctx.partition, accountId, roleArn, 'role');
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const [role] = await tx
          .select({ id: roles.id })
          .from(roles)
          .where(
            and(
              eq(roles.accountId, accountId),
              sql`lower(${roles.name}) = lower(${name})`,
              eq(roles.path, path),
            ),
          );
        if (!role) throw noSuchEntity('role', roleArn);
        const at = new Date();
        const revoked = await tx
          .update(sessions)
          .set({ revokedAt: at })
          .where(
            and(eq(sessions.roleId, role.id), isNull(sessions.revokedAt), lte(sessions.issuedAt, before)),
          )
          .returning({ id: sessions.id });
        const derived = await revokeDescendants(
          tx,
          accountId,
          revoked.map((r) => r.id),
          at,
        );
        return revoked.length + derived.length;
      },
      { subject: roleArn, accountId, ...options },
    );
  }

  /**
   * Revokes every unrevoked session of a user (after a password reset or key compromise), and every session derived
   * from them. Returns how many.
   */
  async revokeUserSessions(accountId: string, userId: string, options: WriteOptions = {}): Promise<number> {
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const at = new Date();
        const revoked = await tx
          .update(sessions)
          .set({ revokedAt: at })
          .where(
            and(eq(sessions.userId, userId), eq(sessions.accountId, accountId), isNull(sessions.revokedAt)),
          )
          .returning({ id: sessions.id });
        const derived = await revokeDescendants(
          tx,
          accountId,
          revoked.map((r) => r.id),
          at,
        );
        return revoked.length + derived.length;
      },
      { subject: userId, accountId, ...options },
    );
  }

  /** Sessions of the account, newest first; `roleId` / `userId` narrow it, `activeAt` drops revoked and expired ones. */
  async list(
    accountId: string,
    filter: PageArgs & { roleId?: string; userId?: string; activeAt?: Date } = {},
  ): Promise<Connection<Session>> {
    return read(this.ctx, async (db) => {
      const size = pageSize(filter.first);
      const after = filter.after ? decodeCursor(filter.after, 2) : undefined;
      const rows = await this.select(db)
        .where(
          and(
            eq(sessions.accountId, accountId),
            filter.roleId ? eq(sessions.roleId, filter.roleId) : undefined,
            filter.userId ? eq(sessions.userId, filter.userId) : undefined,
            filter.activeAt
              ? sql`${sessions.revokedAt} is null and ${sessions.expiresAt} > ${filter.activeAt.toISOString()}`
              : undefined,
            after
              ? sql`(${sessions.issuedAt}, ${sessions.id}) < (${String(after[0])}::timestamptz, ${String(after[1])})`
              : undefined,
          ),
        )
        .orderBy(desc(sessions.issuedAt), desc(sessions.id))
        .limit(size + 1);
      return toConnection(
        rows,
        size,
        (r) => [r.session.issuedAt.toISOString(), r.session.id],
        (r) => this.toSession(r),
      );
    });
  }

  /**
   * Deletes at most `limit` sessions that expired before `before`, oldest first, across accounts (housekeeping);
   * returns how many. A bounded batch keeps each statement short and its locks few: call again while it returns
   * `limit`. An expired session can no longer authenticate anything (its token expired with it), so deleting it
   * changes no decision and moves no revision.
   */
  async deleteExpired(before: Date, limit = 1000): Promise<number> {
    return read(this.ctx, async (db) => {
      const oldest = db
        .select({ id: sessions.id })
        .from(sessions)
        .where(sql`${sessions.expiresAt} < ${before.toISOString()}`)
        .orderBy(asc(sessions.expiresAt))
        .limit(limit);
      const removed = await db
        .delete(sessions)
        .where(inArray(sessions.id, oldest))
        .returning({ id: sessions.id });
      return removed.length;
    });
  }
}
