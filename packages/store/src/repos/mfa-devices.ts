import { randomBytes } from 'node:crypto';
import { and, asc, eq, getTableColumns, gt, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { iamArn, parseIamArn } from '../arn.js';
import type { Executor, Transaction } from '../db/types.js';
import { noSuchEntity, StoreError } from '../errors.js';
import { newId } from '../ids.js';
import { checkName, checkPath } from '../names.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../pagination.js';
import type { Tag } from '../schema/columns.js';
import { mfaDevices } from '../schema/mfa-devices.js';
import { users } from '../schema/users.js';
import { base32 } from '../secrets/base32.js';
import { open, seal } from '../secrets/envelope.js';
import { mergeTags } from '../tags.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, requireSecretKey, type StoreContext, write } from './context.js';
import { lockUser } from './locks.js';
import { idByName } from './named.js';
import { requireBelowQuota } from './row-count.js';

/** Who an MFA device is (or is to be) enabled for: an IAM user by name, or the account's root user. */
export type MfaOwner = { userName: string } | 'root';

/** A virtual MFA device, never its seed (`IAM/latest/APIReference/API_VirtualMFADevice.html`). */
export interface MfaDevice {
  id: string;
  /** The device's ARN, AWS's `SerialNumber` of a virtual device: `arn:<p>:iam::<account>:mfa/<path><name>`. */
  serialNumber: string;
  accountId: string;
  path: string;
  name: string;
  /** `user`, `root`, or null while the device is not enabled for anyone. */
  assignedTo: 'user' | 'root' | null;
  userId: string | null;
  userName: string | null;
  enabledAt: Date | null;
  lastUsedAt: Date | null;
  tags: Tag[];
  createdAt: Date;
}

/** A new device with its seed, returned once by `create`. */
export interface NewMfaDevice extends MfaDevice {
  /** The TOTP seed, base32 (RFC 4648) as authenticator apps take it. */
  base32Seed: string;
}

/** An enabled device with what checks its codes. */
export interface MfaDeviceSecret {
  device: MfaDevice;
  base32Seed: string;
  /** The time step of the last code accepted; a code must be of a later step. */
  lastStep: number | null;
}

/** Which devices `listVirtual` returns (`API_ListVirtualMFADevices.html`). */
export type AssignmentStatus = 'Assigned' | 'Unassigned' | 'Any';

/** 160 bits, the seed size RFC 4226 recommends for HMAC-SHA1. */
const SEED_BYTES = 20;

type Row = typeof mfaDevices.$inferSelect & { userName: string | null };

function serialOf(partition: string, row: { accountId: string; path: string; name: string }): string {
  return iamArn(partition, row.accountId, 'mfa', row.path, row.name);
}

/**
 * Virtual MFA devices: TOTP seeds encrypted at rest with the store's secret key (bound to the device id, so rows
 * cannot be swapped), at most `mfaDevicesPerUser` (8) enabled for one user or for root. Codes are checked by the
 * caller (the gateway); the store keeps the last accepted time step so that `acceptStep` refuses a replayed code
 * atomically, on every instance.
 */
export class MfaDevicesRepository {
  constructor(private readonly ctx: StoreContext) {}

  private select(db: Executor) {
    return db
      .select({ ...getTableColumns(mfaDevices), userName: users.name })
      .from(mfaDevices)
      .leftJoin(users, eq(users.id, mfaDevices.userId));
  }

  private toDevice(row: Row): MfaDevice {
    return {
      id: row.id,
      serialNumber: serialOf(this.ctx.partition, row),
      accountId: row.accountId,
      path: row.path,
      name: row.name,
      assignedTo: row.assignedTo ?? null,
      userId: row.userId,
      userName: row.userName,
      enabledAt: row.enabledAt,
      lastUsedAt: row.lastUsedAt,
      tags: row.tags,
      createdAt: row.createdAt,
    };
  }

  /** The device row of a serial number of the account, or `NoSuchEntity` (another account's serial included). */
  private async bySerial(db: Executor, accountId: string, serialNumber: string, lock = false): Promise<Row> {
    const parsed = parseSerial(serialNumber);
    if (parsed === undefined || parsed.accountId !== accountId || parsed.partition !== this.ctx.partition) {
      throw noSuchEntity('MFA device', serialNumber);
    }
    const query = this.select(db).where(
      and(
        eq(mfaDevices.accountId, accountId),
        eq(mfaDevices.name, parsed.name),
        eq(mfaDevices.path, parsed.path),
      ),
    );
    const [row] = await (lock ? query.for('update', { of: mfaDevices }) : query);
    if (row === undefined) throw noSuchEntity('MFA device', serialNumber);
    return row as Row;
  }

  /**
   * Creates an unassigned virtual device with a new random seed (`CreateVirtualMFADevice`); the seed is returned
   * once. The account holds at most as many virtual devices as it may have users, plus one for root (AWS ties the
   * quota to the user quota, `reference_iam-quotas.html`).
   */
  async create(
    accountId: string,
    input: { name: string; path?: string; tags?: Tag[] },
    options: WriteOptions = {},
  ): Promise<NewMfaDevice> {
    const name = checkName('mfaDevice', input.name);
    const path = checkPath(input.path);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const tags = mergeTags([], input.tags ?? [], quotas.tagsPerEntity);
        await requireBelowQuota(tx, mfaDevices, eq(mfaDevices.accountId, accountId), {
          name: 'usersPerAccount',
          limit: quotas.usersPerAccount + 1,
          what: 'the account has too many virtual MFA devices',
        });
        const id = newId('mfaDevice');
        const seed = base32(randomBytes(SEED_BYTES));
        await tx.insert(mfaDevices).values({
          id,
          accountId,
          path,
          name,
          tags,
          seedCiphertext: seal(requireSecretKey(this.ctx), seed, id),
        });
        const [row] = await this.select(tx).where(eq(mfaDevices.id, id));
        return { ...this.toDevice(row as Row), base32Seed: seed };
      },
      { subject: name, accountId, ...options },
    );
  }

  /** One device of the account by serial number, or `NoSuchEntity`. */
  async get(accountId: string, serialNumber: string): Promise<MfaDevice> {
    return read(
      this.ctx,
      async (db) => this.toDevice(await this.bySerial(db, accountId, serialNumber)),
      serialNumber,
    );
  }

  /** A device of the account with its decrypted seed, to check a code before `enable` or `resync`. */
  async secret(accountId: string, serialNumber: string): Promise<MfaDeviceSecret> {
    return read(
      this.ctx,
      async (db) => this.withSeed(await this.bySerial(db, accountId, serialNumber)),
      serialNumber,
    );
  }

  private withSeed(row: Row & { seedCiphertext: string; lastStep: number | null }): MfaDeviceSecret {
    return {
      device: this.toDevice(row),
      base32Seed: open(requireSecretKey(this.ctx), row.seedCiphertext, row.id),
      lastStep: row.lastStep === null ? null : Number(row.lastStep),
    };
  }

  /** The condition that selects the devices enabled for the user `userId`, or for root when it is null. */
  private enabledFor(accountId: string, userId: string | null): SQL {
    return and(
      eq(mfaDevices.accountId, accountId),
      isNotNull(mfaDevices.enabledAt),
      userId === null
        ? eq(mfaDevices.assignedTo, 'root')
        : and(eq(mfaDevices.assignedTo, 'user'), eq(mfaDevices.userId, userId)),
    ) as SQL;
  }

  /** The devices enabled for a user or for root (`ListMFADevices`), oldest first; `NoSuchEntity` for no such user. */
  async listFor(accountId: string, owner: MfaOwner): Promise<MfaDevice[]> {
    return read(
      this.ctx,
      async (db) => {
        const userId = owner === 'root' ? null : await idByName(db, users, 'user', accountId, owner.userName);
        const rows = await this.select(db)
          .where(this.enabledFor(accountId, userId))
          .orderBy(asc(mfaDevices.enabledAt), asc(mfaDevices.id));
        return rows.map((r) => this.toDevice(r as Row));
      },
      owner === 'root' ? 'root' : owner.userName,
    );
  }

  /**
   * The devices enabled for a principal given by id (a user id, or null for root), with their seeds: what a sign-in
   * or an STS call checks a code against. Empty when the principal has none.
   */
  async secretsFor(accountId: string, userId: string | null): Promise<MfaDeviceSecret[]> {
    return read(this.ctx, async (db) => {
      const rows = await this.select(db)
        .where(this.enabledFor(accountId, userId))
        .orderBy(asc(mfaDevices.enabledAt), asc(mfaDevices.id));
      return rows.map((r) => this.withSeed(r as Row));
    });
  }

  /** The account's virtual devices by name (`ListVirtualMFADevices`), filtered by assignment. */
  async listVirtual(
    accountId: string,
    status: AssignmentStatus = 'Any',
    page: PageArgs = {},
  ): Promise<Connection<MfaDevice>> {
    const size = pageSize(page.first);
    return read(this.ctx, async (db) => {
      const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
      const assigned =
        status === 'Assigned'
          ? isNotNull(mfaDevices.enabledAt)
          : status === 'Unassigned'
            ? isNull(mfaDevices.enabledAt)
            : undefined;
      const rows = await this.select(db)
        .where(
          and(
            eq(mfaDevices.accountId, accountId),
            assigned,
            after === undefined ? undefined : gt(mfaDevices.name, after),
          ),
        )
        .orderBy(asc(mfaDevices.name))
        .limit(size + 1);
      return toConnection(
        rows as Row[],
        size,
        (r) => [r.name],
        (r) => this.toDevice(r),
      );
    });
  }

  /**
   * Enables an unassigned device for `owner` (`EnableMFADevice`), its codes already checked by the caller at time
   * step `step`, which becomes the last accepted one. `EntityAlreadyExists` when the device is enabled already (for
   * anyone), `LimitExceeded` past `mfaDevicesPerUser`.
   */
  async enable(
    accountId: string,
    serialNumber: string,
    owner: MfaOwner,
    step: number,
    now: Date,
    options: WriteOptions = {},
  ): Promise<MfaDevice> {
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const userId = owner === 'root' ? null : await lockUser(tx, accountId, owner.userName);
        const row = await this.bySerial(tx, accountId, serialNumber, true);
        if (row.enabledAt !== null) {
          throw new StoreError('EntityAlreadyExists', `MFA device \`${serialNumber}\` is already enabled`);
        }
        await requireBelowQuota(tx, mfaDevices, this.enabledFor(accountId, userId), {
          name: 'mfaDevicesPerUser',
          limit: quotas.mfaDevicesPerUser,
          what: `${owner === 'root' ? 'the root user' : `user \`${owner.userName}\``} has too many MFA devices`,
        });
        await tx
          .update(mfaDevices)
          .set({ assignedTo: owner === 'root' ? 'root' : 'user', userId, enabledAt: now, lastStep: step })
          .where(eq(mfaDevices.id, row.id));
        const [updated] = await this.select(tx).where(eq(mfaDevices.id, row.id));
        return this.toDevice(updated as Row);
      },
      { subject: serialNumber, accountId, ...options },
    );
  }

  /** Resynchronizes a device enabled for `owner` (`ResyncMFADevice`): its codes, checked at `step`, become the last. */
  async resync(
    accountId: string,
    serialNumber: string,
    owner: MfaOwner,
    step: number,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const row = await this.requireEnabledFor(tx, accountId, serialNumber, owner);
        // Forward only: a sign-in may have accepted a later step since the pair was checked, and that step's code
        // must stay spent.
        await tx
          .update(mfaDevices)
          .set({ lastStep: sql`greatest(coalesce(${mfaDevices.lastStep}, ${step}), ${step})` })
          .where(eq(mfaDevices.id, row.id));
      },
      { subject: serialNumber, accountId, ...options },
    );
  }

  /**
   * Deactivates a device enabled for `owner` (`DeactivateMFADevice`): it stays in the account, unassigned, and its
   * seed is kept, as AWS keeps a deactivated virtual device until `DeleteVirtualMFADevice`.
   */
  async deactivate(
    accountId: string,
    serialNumber: string,
    owner: MfaOwner,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const row = await this.requireEnabledFor(tx, accountId, serialNumber, owner);
        await tx
          .update(mfaDevices)
          .set({ assignedTo: null, userId: null, enabledAt: null, lastStep: null })
          .where(eq(mfaDevices.id, row.id));
      },
      { subject: serialNumber, accountId, ...options },
    );
  }

  private async requireEnabledFor(
    tx: Transaction,
    accountId: string,
    serialNumber: string,
    owner: MfaOwner,
  ): Promise<Row> {
    const userId = owner === 'root' ? null : await lockUser(tx, accountId, owner.userName);
    const row = await this.bySerial(tx, accountId, serialNumber, true);
    const mine =
      row.enabledAt !== null &&
      (owner === 'root' ? row.assignedTo === 'root' : row.assignedTo === 'user' && row.userId === userId);
    if (!mine) {
      const who = owner === 'root' ? 'the root user' : `user \`${owner.userName}\``;
      throw new StoreError('NoSuchEntity', `MFA device \`${serialNumber}\` is not enabled for ${who}`);
    }
    return row;
  }

  /** Deletes a virtual device that is not enabled (`DeleteVirtualMFADevice`); `DeleteConflict` while it is. */
  async delete(accountId: string, serialNumber: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        const row = await this.bySerial(tx, accountId, serialNumber, true);
        if (row.enabledAt !== null) {
          throw new StoreError(
            'DeleteConflict',
            `MFA device \`${serialNumber}\` is enabled: deactivate it first`,
            {
              details: { entity: 'MFA device', dependents: ['an owner'] },
            },
          );
        }
        await tx.delete(mfaDevices).where(eq(mfaDevices.id, row.id));
      },
      { subject: serialNumber, accountId, ...options },
    );
  }

  /**
   * Accepts a code of time step `step` for an enabled device, once: the step must be later than the last accepted
   * one, checked and recorded in one statement, so that a code (or an older one) is refused when replayed, even
   * when two instances see it at the same moment. Returns whether it was accepted.
   */
  async acceptStep(deviceId: string, step: number, now: Date): Promise<boolean> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .update(mfaDevices)
        .set({ lastStep: step, lastUsedAt: now })
        .where(
          and(
            eq(mfaDevices.id, deviceId),
            isNotNull(mfaDevices.enabledAt),
            sql`(${mfaDevices.lastStep} is null or ${mfaDevices.lastStep} < ${step})`,
          ),
        )
        .returning({ id: mfaDevices.id });
      return rows.length > 0;
    });
  }
}

/** The parts of a virtual MFA device's serial number (its ARN), or undefined for anything else. */
function parseSerial(serialNumber: string) {
  try {
    return parseIamArn(serialNumber, 'mfa');
  } catch {
    return undefined;
  }
}
