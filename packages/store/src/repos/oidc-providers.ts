import { and, asc, eq } from 'drizzle-orm';
import type { Executor, Transaction } from '../db/types.js';
import { noSuchEntity, StoreError } from '../errors.js';
import { randomString } from '../ids.js';
import type { Tag } from '../schema/columns.js';
import { oidcProviders } from '../schema/oidc-providers.js';
import { mergeTags } from '../tags.js';
import type { WriteOptions } from './audit-write.js';
import { lockAccount, read, type StoreContext, write } from './context.js';
import {
  checkClientId,
  checkClientIds,
  checkIssuerUrl,
  checkThumbprints,
  type IssuerUrlOptions,
  OIDC_PROVIDER_LIMITS,
  oidcProviderArn,
  providerUrlOf,
} from './oidc-provider-input.js';
import { addTags, dropTags, retag, type TagChange } from './retag.js';
import { requireBelowQuota } from './row-count.js';

/**
 * An OpenID Connect identity provider an account trusts (`IAM/latest/APIReference/API_GetOpenIDConnectProvider.html`):
 * tokens whose `iss` is `issuer` and whose `aud` is one of `clientIds` may assume the account's roles whose trust
 * policies name `arn` as a `Federated` principal (`assumeRoleWithWebIdentity`).
 */
export interface OidcProvider {
  id: string;
  accountId: string;
  /** `arn:<partition>:iam::<account>:oidc-provider/<url>`. */
  arn: string;
  /** The issuer without its scheme (`token.actions.githubusercontent.com`): the ARN's and the condition keys' prefix. */
  url: string;
  /** The issuer as registered, with its scheme: what a token's `iss` must equal exactly. */
  issuer: string;
  /** The audiences accepted (`aud`). */
  clientIds: string[];
  /** Certificate thumbprints, stored and returned as AWS does; not used to verify anything (see the gateway README). */
  thumbprints: string[];
  tags: Tag[];
  createdAt: Date;
}

/** Input of `oidcProviders.create` (`API_CreateOpenIDConnectProvider.html`). */
export interface CreateOidcProviderInput {
  /** `https://` and the issuer, as its tokens' `iss` says it. */
  url: string;
  clientIds?: string[];
  thumbprints?: string[];
  tags?: Tag[];
}

type Row = typeof oidcProviders.$inferSelect;

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const KIND = 'OpenID Connect provider';

/**
 * OpenID Connect providers of an account. Every write takes the account lock first and moves the account's revision,
 * like every other change to an account's IAM configuration, so that counts against the quotas cannot race and the
 * gateway's caches follow. Every read and write is scoped to one account: another account's provider reads as one
 * that does not exist.
 */
export class OidcProvidersRepository {
  constructor(private readonly ctx: StoreContext) {}

  private toProvider(row: Row): OidcProvider {
    return {
      id: row.id,
      accountId: row.accountId,
      arn: oidcProviderArn(this.ctx.partition, row.accountId, row.url),
      url: row.url,
      issuer: row.issuer,
      clientIds: row.clientIds,
      thumbprints: row.thumbprints,
      tags: row.tags,
      createdAt: row.createdAt,
    };
  }

  private async row(db: Executor, accountId: string, url: string, lock = false): Promise<Row | undefined> {
    const q = db
      .select()
      .from(oidcProviders)
      .where(and(eq(oidcProviders.accountId, accountId), eq(oidcProviders.url, url)));
    const [row] = lock ? await q.for('update') : await q;
    return row;
  }

  /** Runs `fn` on the provider `arn`, row-locked after the account, in one audited write. */
  private change<T>(
    accountId: string,
    arn: string,
    options: WriteOptions,
    fn: (tx: Transaction, row: Row) => Promise<T>,
  ): Promise<T> {
    const url = providerUrlOf(this.ctx.partition, accountId, arn);
    return write(
      this.ctx,
      async (tx) => {
        await lockAccount(tx, accountId);
        const row = await this.row(tx, accountId, url, true);
        if (!row) throw noSuchEntity(KIND, arn);
        return fn(tx, row);
      },
      { subject: arn, accountId, ...options },
    );
  }

  /**
   * Registers a provider (`API_CreateOpenIDConnectProvider.html`): `EntityAlreadyExists` when the account has one
   * for the same URL, `LimitExceeded` past 100 providers, 100 client IDs or 5 thumbprints, `InvalidInput` for a URL
   * that is not `https://` (or, with `allowLoopbackHttp`, `http://` on loopback).
   */
  async create(
    accountId: string,
    input: CreateOidcProviderInput,
    urlOptions: IssuerUrlOptions = {},
    options: WriteOptions = {},
  ): Promise<OidcProvider> {
    const { issuer, url } = checkIssuerUrl(input.url, urlOptions);
    const clientIds = checkClientIds(input.clientIds ?? []);
    const thumbprints = checkThumbprints(input.thumbprints ?? []);
    return write(
      this.ctx,
      async (tx) => {
        const { quotas } = await lockAccount(tx, accountId);
        const tags = mergeTags([], input.tags ?? [], quotas.tagsPerEntity);
        if ((await this.row(tx, accountId, url)) !== undefined) {
          throw new StoreError('EntityAlreadyExists', `${KIND} \`${url}\` already exists`, {
            details: { entity: 'oidcProvider' },
          });
        }
        await requireBelowQuota(tx, oidcProviders, eq(oidcProviders.accountId, accountId), {
          name: 'oidcProvidersPerAccount',
          limit: OIDC_PROVIDER_LIMITS.providersPerAccount,
          what: 'too many OpenID Connect providers',
        });
        const [row] = await tx
          .insert(oidcProviders)
          .values({
            id: `OIDC${randomString(ID_ALPHABET, 17)}`,
            accountId,
            url,
            issuer,
            clientIds,
            thumbprints,
            tags,
          })
          .returning();
        return this.toProvider(row as Row);
      },
      { subject: input.url, accountId, ...options },
    );
  }

  /** The provider `arn` of `accountId`, or `NoSuchEntity` (also for an ARN of another account). */
  async get(accountId: string, arn: string): Promise<OidcProvider> {
    const url = providerUrlOf(this.ctx.partition, accountId, arn);
    return read(
      this.ctx,
      async (db) => {
        const row = await this.row(db, accountId, url);
        if (!row) throw noSuchEntity(KIND, arn);
        return this.toProvider(row);
      },
      arn,
    );
  }

  /** The provider of `accountId` whose URL (issuer without scheme) is `url`, or `undefined`. */
  async findByUrl(accountId: string, url: string): Promise<OidcProvider | undefined> {
    return read(this.ctx, async (db) => {
      const row = await this.row(db, accountId, url);
      return row && this.toProvider(row);
    });
  }

  /** Every provider of the account (at most 100), ordered by URL (`API_ListOpenIDConnectProviders.html`). */
  async list(accountId: string): Promise<OidcProvider[]> {
    return read(this.ctx, async (db) => {
      const rows = await db
        .select()
        .from(oidcProviders)
        .where(eq(oidcProviders.accountId, accountId))
        .orderBy(asc(oidcProviders.url));
      return rows.map((row) => this.toProvider(row));
    });
  }

  /** Deletes a provider (`API_DeleteOpenIDConnectProvider.html`); roles that trust it simply stop matching. */
  async delete(accountId: string, arn: string, options: WriteOptions = {}): Promise<void> {
    await this.change(accountId, arn, options, async (tx, row) => {
      await tx.delete(oidcProviders).where(eq(oidcProviders.id, row.id));
    });
  }

  /**
   * Adds an audience (`API_AddClientIDToOpenIDConnectProvider.html`); adding one the provider has is a no-op, as
   * in AWS. `LimitExceeded` past 100.
   */
  async addClientId(
    accountId: string,
    arn: string,
    clientId: string,
    options: WriteOptions = {},
  ): Promise<OidcProvider> {
    checkClientId(clientId);
    return this.change(accountId, arn, options, async (tx, row) => {
      if (row.clientIds.includes(clientId)) return this.toProvider(row);
      return this.save(tx, row, { clientIds: checkClientIds([...row.clientIds, clientId]) });
    });
  }

  /**
   * Removes an audience (`API_RemoveClientIDFromOpenIDConnectProvider.html`); removing one the provider does not
   * have is a no-op, as in AWS.
   */
  async removeClientId(
    accountId: string,
    arn: string,
    clientId: string,
    options: WriteOptions = {},
  ): Promise<OidcProvider> {
    return this.change(accountId, arn, options, async (tx, row) => {
      if (!row.clientIds.includes(clientId)) return this.toProvider(row);
      return this.save(tx, row, { clientIds: row.clientIds.filter((id) => id !== clientId) });
    });
  }

  /** Replaces the thumbprints (`API_UpdateOpenIDConnectProviderThumbprint.html`): at most 5. */
  async updateThumbprints(
    accountId: string,
    arn: string,
    thumbprints: string[],
    options: WriteOptions = {},
  ): Promise<OidcProvider> {
    const checked = checkThumbprints(thumbprints);
    return this.change(accountId, arn, options, (tx, row) => this.save(tx, row, { thumbprints: checked }));
  }

  /** Adds or replaces tags (`API_TagOpenIDConnectProvider.html`). */
  async tag(accountId: string, arn: string, tags: Tag[], options: WriteOptions = {}): Promise<OidcProvider> {
    return this.retag(accountId, arn, addTags(tags), options);
  }

  /** Removes tags by key (`API_UntagOpenIDConnectProvider.html`). */
  async untag(
    accountId: string,
    arn: string,
    keys: string[],
    options: WriteOptions = {},
  ): Promise<OidcProvider> {
    return this.retag(accountId, arn, dropTags(keys), options);
  }

  private async save(
    tx: Transaction,
    row: Row,
    set: Partial<Pick<Row, 'clientIds' | 'thumbprints'>>,
  ): Promise<OidcProvider> {
    const [updated] = await tx.update(oidcProviders).set(set).where(eq(oidcProviders.id, row.id)).returning();
    return this.toProvider(updated as Row);
  }

  private retag(
    accountId: string,
    arn: string,
    change: TagChange,
    options: WriteOptions,
  ): Promise<OidcProvider> {
    const url = providerUrlOf(this.ctx.partition, accountId, arn);
    return retag(
      this.ctx,
      accountId,
      arn,
      {
        lock: async (tx) => {
          const row = await this.row(tx, accountId, url, true);
          if (!row) throw noSuchEntity(KIND, arn);
          return row;
        },
        save: (tx, id, tags) => tx.update(oidcProviders).set({ tags }).where(eq(oidcProviders.id, id)),
        load: async (tx, id) => {
          const [row] = await tx.select().from(oidcProviders).where(eq(oidcProviders.id, id));
          if (!row) throw noSuchEntity(KIND, arn);
          return this.toProvider(row);
        },
      },
      change,
      options,
    );
  }
}
