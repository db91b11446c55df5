import { and, eq } from 'drizzle-orm';
import { archivedFindings } from '../schema/archived-findings.js';
import type { WriteOptions } from './audit-write.js';
import { read, type StoreContext, write } from './context.js';

/** A finding an account archived: why, by whom and when. */
export interface ArchivedFinding {
  findingId: string;
  reason: string;
  archivedBy: string;
  archivedAt: Date;
}

/**
 * The access analysis findings an account archived (IAM Access Analyzer's `UpdateFindings` with status `ARCHIVED`),
 * by the finding's stable id. Archiving changes no policy, so it does not move the account revision.
 */
export class ArchivedFindingsRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** Every archived finding of the account (one statement; a few per finding the account chose to accept). */
  async list(accountId: string): Promise<ArchivedFinding[]> {
    return read(this.ctx, (db) =>
      db
        .select({
          findingId: archivedFindings.findingId,
          reason: archivedFindings.reason,
          archivedBy: archivedFindings.archivedBy,
          archivedAt: archivedFindings.archivedAt,
        })
        .from(archivedFindings)
        .where(eq(archivedFindings.accountId, accountId))
        .orderBy(archivedFindings.findingId),
    );
  }

  /** Archives a finding, or updates the reason of one already archived; returns the row. */
  async archive(
    accountId: string,
    finding: Omit<ArchivedFinding, 'archivedAt'> & { archivedAt?: Date },
    options: WriteOptions = {},
  ): Promise<ArchivedFinding> {
    return write(
      this.ctx,
      async (tx) => {
        const values = {
          accountId,
          findingId: finding.findingId,
          reason: finding.reason,
          archivedBy: finding.archivedBy,
          ...(finding.archivedAt === undefined ? {} : { archivedAt: finding.archivedAt }),
        };
        const [row] = await tx
          .insert(archivedFindings)
          .values(values)
          .onConflictDoUpdate({
            target: [archivedFindings.accountId, archivedFindings.findingId],
            set: {
              reason: values.reason,
              archivedBy: values.archivedBy,
              archivedAt: finding.archivedAt ?? new Date(),
            },
          })
          .returning();
        return {
          findingId: row!.findingId,
          reason: row!.reason,
          archivedBy: row!.archivedBy,
          archivedAt: row!.archivedAt,
        };
      },
      { subject: finding.findingId, accountId, ...options },
    );
  }

  /** Makes an archived finding active again; returns whether it was archived. */
  async unarchive(accountId: string, findingId: string, options: WriteOptions = {}): Promise<boolean> {
    return write(
      this.ctx,
      async (tx) => {
        const rows = await tx
          .delete(archivedFindings)
          .where(and(eq(archivedFindings.accountId, accountId), eq(archivedFindings.findingId, findingId)))
          .returning({ findingId: archivedFindings.findingId });
        return rows.length > 0;
      },
      { subject: findingId, accountId, ...options },
    );
  }
}
