import { checkServiceDefinition, type ServiceDefinitionDocument } from '@iamgate/policy';
import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/types.js';
import { invalidInput, noSuchEntity, StoreError } from '../errors.js';
import { newId } from '../ids.js';
import { type Connection, decodeCursor, type PageArgs, pageSize, toConnection } from '../pagination.js';
import { serviceDefinitions, serviceDefinitionVersions } from '../schema/service-definitions.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import { requireBelowQuota } from './row-count.js';

/** A version of an app's service definition. */
export interface ServiceDefinitionVersion {
  /** The service prefix (`orders`). */
  serviceName: string;
  versionId: string;
  document: ServiceDefinitionDocument;
  isDefaultVersion: boolean;
  createdAt: Date;
}

/** A service definition: its prefix and its default version. */
export interface ServiceDefinition {
  serviceName: string;
  /** `arn:<partition>:iamgate::<account>:service/<prefix>`, the target of its authorization. */
  arn: string;
  defaultVersionId: string;
  createdAt: Date;
  updatedAt: Date;
}

const VERSION_ID = /^v[1-9][0-9]*$/;

/** Checks a definition (`InvalidInput` with the findings when it is not one) and returns it. */
function checked(input: unknown): ServiceDefinitionDocument {
  const result = checkServiceDefinition(input);
  if (result.definition === undefined) {
    throw new StoreError('InvalidInput', 'the service definition is not valid', {
      findings: result.findings,
      details: { field: 'document' },
    });
  }
  return result.definition;
}

/**
 * Apps' service definitions, versioned like managed policies (at most `versionsPerPolicy` versions, one default,
 * version ids never reused). Policy checks read every default (`defaults`).
 */
export class ServiceDefinitionsRepository {
  constructor(private readonly ctx: StoreContext) {}

  /** The ARN of a service definition. */
  arnOf(accountId: string, prefix: string): string {
    return `arn:${this.ctx.partition}:iamgate::${accountId}:service/${prefix}`;
  }

  private async idOf(db: Executor, accountId: string, prefix: string, lock = false): Promise<string> {
    const query = db
      .select({ id: serviceDefinitions.id })
      .from(serviceDefinitions)
      .where(
        and(eq(serviceDefinitions.accountId, accountId), eq(serviceDefinitions.prefix, prefix.toLowerCase())),
      );
    const [row] = await (lock ? query.for('update') : query);
    if (row === undefined) throw noSuchEntity('service definition', prefix);
    return row.id;
  }

  /** Creates the definition of a new service (its `Name`), as version `v1`; `EntityAlreadyExists` for a known one. */
  async create(
    accountId: string,
    document: unknown,
    options: WriteOptions = {},
  ): Promise<ServiceDefinitionVersion> {
    const definition = checked(document);
    const prefix = definition.Name;
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        await requireBelowQuota(tx, serviceDefinitions, eq(serviceDefinitions.accountId, accountId), {
          name: 'serviceDefinitionsPerAccount',
          limit: quotas.serviceDefinitionsPerAccount,
          what: 'the account has too many service definitions',
        });
        const id = newId('serviceDefinition');
        await tx.insert(serviceDefinitions).values({ id, accountId, prefix });
        const [row] = await tx
          .insert(serviceDefinitionVersions)
          .values({ definitionId: id, versionId: 'v1', document: definition, isDefault: true })
          .returning();
        return this.toVersion(prefix, row as typeof serviceDefinitionVersions.$inferSelect);
      },
      { subject: prefix, accountId, ...options },
    );
  }

  /**
   * Stores a new version of a known service's definition (whose `Name` must be the service's); with
   * `setAsDefault` it becomes the one policy checks use. `LimitExceeded` past `versionsPerPolicy` versions.
   */
  async createVersion(
    accountId: string,
    prefix: string,
    input: { document: unknown; setAsDefault?: boolean },
    options: WriteOptions = {},
  ): Promise<ServiceDefinitionVersion> {
    const definition = checked(input.document);
    if (definition.Name.toLowerCase() !== prefix.toLowerCase()) {
      throw invalidInput(`the definition is of service \`${definition.Name}\`, not \`${prefix}\``, {
        field: 'document',
      });
    }
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const id = await this.idOf(tx, accountId, prefix, true);
        await requireBelowQuota(
          tx,
          serviceDefinitionVersions,
          eq(serviceDefinitionVersions.definitionId, id),
          {
            name: 'versionsPerPolicy',
            limit: quotas.versionsPerPolicy,
            what: `service definition \`${prefix}\` has too many versions`,
          },
        );
        const [counter] = await tx
          .update(serviceDefinitions)
          .set({ nextVersion: sql`${serviceDefinitions.nextVersion} + 1`, updatedAt: new Date() })
          .where(eq(serviceDefinitions.id, id))
          .returning({ next: serviceDefinitions.nextVersion });
        if (input.setAsDefault) await this.clearDefault(tx, id);
        const [row] = await tx
          .insert(serviceDefinitionVersions)
          .values({
            definitionId: id,
            versionId: `v${(counter?.next ?? 2) - 1}`,
            document: definition,
            isDefault: input.setAsDefault ?? false,
          })
          .returning();
        return this.toVersion(prefix, row as typeof serviceDefinitionVersions.$inferSelect);
      },
      { subject: prefix, accountId, ...options },
    );
  }

  private async clearDefault(tx: Transaction, id: string): Promise<void> {
    await tx
      .update(serviceDefinitionVersions)
      .set({ isDefault: false })
      .where(
        and(eq(serviceDefinitionVersions.definitionId, id), eq(serviceDefinitionVersions.isDefault, true)),
      );
  }

  private toVersion(
    prefix: string,
    row: typeof serviceDefinitionVersions.$inferSelect,
  ): ServiceDefinitionVersion {
    return {
      serviceName: prefix,
      versionId: row.versionId,
      document: row.document as ServiceDefinitionDocument,
      isDefaultVersion: row.isDefault,
      createdAt: row.createdAt,
    };
  }

  /** A version of a service's definition, the default one unless `versionId` is given; or `NoSuchEntity`. */
  async get(accountId: string, prefix: string, versionId?: string): Promise<ServiceDefinitionVersion> {
    if (versionId !== undefined && !VERSION_ID.test(versionId))
      throw invalidInput(`version id \`${versionId}\` must look like \`v1\``, { field: 'versionId' });
    return read(
      this.ctx,
      async (db) => {
        const id = await this.idOf(db, accountId, prefix);
        const v = serviceDefinitionVersions;
        const [row] = await db
          .select()
          .from(v)
          .where(
            and(
              eq(v.definitionId, id),
              versionId === undefined ? eq(v.isDefault, true) : eq(v.versionId, versionId),
            ),
          );
        if (row === undefined)
          throw noSuchEntity('service definition version', `${prefix} ${versionId ?? 'default'}`);
        return this.toVersion(prefix.toLowerCase(), row);
      },
      prefix,
    );
  }

  /** Every version of a service's definition, newest first. */
  async listVersions(accountId: string, prefix: string): Promise<ServiceDefinitionVersion[]> {
    return read(
      this.ctx,
      async (db) => {
        const id = await this.idOf(db, accountId, prefix);
        const v = serviceDefinitionVersions;
        const rows = await db
          .select()
          .from(v)
          .where(eq(v.definitionId, id))
          .orderBy(desc(sql`substring(${v.versionId} from 2)::int`));
        return rows.map((r) => this.toVersion(prefix.toLowerCase(), r));
      },
      prefix,
    );
  }

  /** The account's services by prefix. */
  async list(accountId: string, page: PageArgs = {}): Promise<Connection<ServiceDefinition>> {
    const size = pageSize(page.first);
    return read(this.ctx, async (db) => {
      const after = page.after ? String(decodeCursor(page.after, 1)[0]) : undefined;
      const d = serviceDefinitions;
      const v = serviceDefinitionVersions;
      const rows = await db
        .select({ prefix: d.prefix, createdAt: d.createdAt, updatedAt: d.updatedAt, versionId: v.versionId })
        .from(d)
        .innerJoin(v, and(eq(v.definitionId, d.id), eq(v.isDefault, true)))
        .where(and(eq(d.accountId, accountId), after === undefined ? undefined : gt(d.prefix, after)))
        .orderBy(asc(d.prefix))
        .limit(size + 1);
      return toConnection(
        rows,
        size,
        (r) => [r.prefix],
        (r) => ({
          serviceName: r.prefix,
          arn: this.arnOf(accountId, r.prefix),
          defaultVersionId: r.versionId,
          createdAt: r.createdAt,
          updatedAt: r.updatedAt,
        }),
      );
    });
  }

  /** The default definition of every service of the account: what policy checks use. */
  async defaults(accountId: string): Promise<ServiceDefinitionDocument[]> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .select({ document: serviceDefinitionVersions.document })
        .from(serviceDefinitions)
        .innerJoin(
          serviceDefinitionVersions,
          and(
            eq(serviceDefinitionVersions.definitionId, serviceDefinitions.id),
            eq(serviceDefinitionVersions.isDefault, true),
          ),
        )
        .where(eq(serviceDefinitions.accountId, accountId))
        .orderBy(asc(serviceDefinitions.prefix));
      return rows.map((r) => r.document as ServiceDefinitionDocument);
    });
  }

  /** A version of a service, its definition row locked; `NoSuchEntity` for either missing. */
  private async lockedVersion(tx: Transaction, accountId: string, prefix: string, versionId: string) {
    const id = await this.idOf(tx, accountId, prefix, true);
    const v = serviceDefinitionVersions;
    const [target] = await tx
      .select()
      .from(v)
      .where(and(eq(v.definitionId, id), eq(v.versionId, versionId)));
    if (target === undefined) throw noSuchEntity('service definition version', `${prefix} ${versionId}`);
    return { id, target };
  }

  /** Makes a stored version the default. */
  async setDefault(
    accountId: string,
    prefix: string,
    versionId: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const { id, target } = await this.lockedVersion(tx, accountId, prefix, versionId);
        const v = serviceDefinitionVersions;
        if (target.isDefault) return;
        await this.clearDefault(tx, id);
        await tx
          .update(v)
          .set({ isDefault: true })
          .where(and(eq(v.definitionId, id), eq(v.versionId, versionId)));
        await tx
          .update(serviceDefinitions)
          .set({ updatedAt: new Date() })
          .where(eq(serviceDefinitions.id, id));
      },
      { subject: prefix, accountId, ...options },
    );
  }

  /** Deletes a version that is not the default (`DeleteConflict` for the default). */
  async deleteVersion(
    accountId: string,
    prefix: string,
    versionId: string,
    options: WriteOptions = {},
  ): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const { id, target } = await this.lockedVersion(tx, accountId, prefix, versionId);
        const v = serviceDefinitionVersions;
        if (target.isDefault) {
          throw new StoreError('DeleteConflict', `version \`${versionId}\` is the default of \`${prefix}\``, {
            details: { entity: 'serviceDefinitionVersion', dependents: ['default'] },
          });
        }
        await tx.delete(v).where(and(eq(v.definitionId, id), eq(v.versionId, versionId)));
      },
      { subject: prefix, accountId, ...options },
    );
  }

  /** Deletes a service's definition and all its versions. */
  async delete(accountId: string, prefix: string, options: WriteOptions = {}): Promise<void> {
    await write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const id = await this.idOf(tx, accountId, prefix, true);
        await tx.delete(serviceDefinitions).where(eq(serviceDefinitions.id, id));
      },
      { subject: prefix, accountId, ...options },
    );
  }
}
