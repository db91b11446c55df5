import { accountResourceOf } from '@iamgate/policy';
import {
  type Connection,
  type Group,
  iamArn,
  type ListFilter,
  type ManagedPolicy,
  type ParsedIamArn,
  parseIamArn,
  type Repositories,
  type Role,
  rootArn,
  type Tag,
  type User,
} from '@iamgate/store';
import type { AuthzTarget } from '../authz/authz-rule.js';
import { entityTarget } from '../authz/entity-target.js';
import { isCacheableRole } from '../cache/cacheable-role.js';
import type { EntityCache, EntityKind } from '../cache/entity-cache.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';

/** The most items of a list page the page cache keeps (larger pages are read every time). */
export const MAX_CACHED_PAGE_ITEMS = 100;

/** The gateway's shared caches that `Targets` reads through. */
export interface SharedCaches {
  /** Users, roles, groups and managed policies by name or ARN. */
  entities: EntityCache;
  /** Pages of the account's lists, by filter. */
  pages: EntityCache;
}

/** What one request has read, shared by its `Targets` inside and outside a mutation's transaction. */
interface Memo {
  targets: Map<string, Promise<AuthzTarget>>;
  entities: Map<string, Promise<object | undefined>>;
}

/**
 * Builds the target ARNs authorization rules decide on, with the target's tags, memoized per request. An entity
 * that does not exist still gets an ARN (without a path), so the caller is told `AccessDenied` rather than
 * `NoSuchEntity` when they may not act on it: existence is not revealed to those not allowed to see it.
 *
 * Outside a transaction entities come from the gateway's entity cache (current with the account revision), so a
 * warm read costs no statement; inside one (`using`) they are read from the transaction and never cached.
 */
export class Targets {
  private readonly partition: string;

  constructor(
    /** Where entities are read: the store, or the transaction of the mutation running. */
    private readonly store: Repositories,
    /** The caller's account: targets named by name live there. */
    private readonly accountId: string,
    /** The operator account, which owns the gateway's own resources (signing keys); none disables them. */
    private readonly operatorAccountId: string | undefined,
    /** The shared caches; only given for reads on the store itself, never on a transaction. */
    private readonly caches?: SharedCaches,
    private readonly memo: Memo = { targets: new Map(), entities: new Map() },
  ) {
    this.partition = store.partition;
  }

  /**
   * The same targets read through `store` (a mutation's transaction) from now on, sharing what was already read:
   * what the authorization step read is not read again, and what was not is read inside the transaction, without
   * the shared entity cache (the transaction sees its own uncommitted writes, and may roll back).
   */
  using(store: Repositories): Targets {
    return new Targets(store, this.accountId, this.operatorAccountId, undefined, this.memo);
  }

  /** Forgets what was read: after a mutation, entities may have changed for the next field of the request. */
  forget(): void {
    this.memo.targets.clear();
    this.memo.entities.clear();
  }

  private once(key: string, load: () => Promise<AuthzTarget>): Promise<AuthzTarget> {
    return remember(this.memo.targets, key, load);
  }

  /** An entity of the caller's account, read once per request, through the entity cache when outside a transaction. */
  private entity<T extends object>(
    kind: EntityKind,
    key: string,
    load: () => Promise<T | undefined>,
    cacheable?: (value: T) => boolean,
  ): Promise<T | undefined> {
    const cache = this.caches?.entities;
    return remember(this.memo.entities, `${kind}:${key}`, () =>
      cache === undefined || this.accountId === ''
        ? load()
        : cache.read(this.accountId, kind, key, load, cacheable),
    ) as Promise<T | undefined>;
  }

  /**
   * A page of one of the account's lists, named by its filter: from the page cache while the account's revision
   * has not moved (every change to its users, groups and roles moves it), else read and kept when it has at most
   * `MAX_CACHED_PAGE_ITEMS` items and `cacheable` allows. Pages are bounded apart from entities (their own, smaller
   * cache), so that callers asking for many large pages cannot fill memory.
   */
  private async page<T extends object>(
    kind: EntityKind,
    filter: ListFilter,
    load: () => Promise<Connection<T>>,
    cacheable: (node: T) => boolean = () => true,
  ): Promise<Connection<T>> {
    const cache = this.caches?.pages;
    if (cache === undefined || this.accountId === '') return load();
    const key = JSON.stringify([filter.pathPrefix, filter.nameContains, filter.first, filter.after]);
    const page = await cache.read(
      this.accountId,
      kind,
      key,
      load,
      (loaded) =>
        loaded.edges.length <= MAX_CACHED_PAGE_ITEMS && loaded.edges.every((edge) => cacheable(edge.node)),
    );
    // INVARIANT: `load` never answers undefined, so neither does the cache.
    return page as Connection<T>;
  }

  /** A page of the account's users (`listUsers`). */
  listUsers(filter: ListFilter): Promise<Connection<User>> {
    return this.page('userPage', filter, () => this.store.users.list(this.accountId, filter));
  }

  /** A page of the account's groups (`listGroups`). */
  listGroups(filter: ListFilter): Promise<Connection<Group>> {
    return this.page('groupPage', filter, () => this.store.groups.list(this.accountId, filter));
  }

  /** A page of the account's roles (`listRoles`); kept only when every role on it may be (`isCacheableRole`). */
  listRoles(filter: ListFilter): Promise<Connection<Role>> {
    return this.page(
      'rolePage',
      filter,
      () => this.store.roles.list(this.accountId, filter),
      isCacheableRole,
    );
  }

  /** `*`: for actions without a resource type (`ListUsers`, `GetAccountPasswordPolicy`...), as AWS. */
  any(): AuthzTarget {
    return { arn: '*', accountId: this.accountId };
  }

  /**
   * The accounts this installation creates (`organizations:CreateAccount`): owned by the operator account, so only
   * its principals can be allowed (and its root is). Without an operator account nobody is.
   */
  newAccounts(): AuthzTarget {
    const owner = this.operatorAccountId ?? '000000000000';
    return { arn: `arn:${this.partition}:organizations::${owner}:account/*`, accountId: owner };
  }

  /** A virtual MFA device of the account by path and name (`arn:<p>:iam::<account>:mfa/<path><name>`). */
  mfaDevice(path: string, name: string): AuthzTarget {
    return { arn: iamArn(this.partition, this.accountId, 'mfa', path, name), accountId: this.accountId };
  }

  /**
   * A virtual MFA device by serial number (its ARN): in the account the ARN names, so another account's device is
   * refused like any resource of another account; text that is no device ARN is `*` (and then `NoSuchEntity`).
   */
  mfaSerial(serialNumber: string): AuthzTarget {
    const account = accountResourceOf(serialNumber, 'iam', 'mfa')?.account;
    return account === undefined ? this.any() : { arn: serialNumber, accountId: account };
  }

  /** The account's root ARN, for account-level settings. */
  account(): AuthzTarget {
    return { arn: rootArn(this.partition, this.accountId), accountId: this.accountId };
  }

  /**
   * The gateway's signing keys: owned by the operator account, so only its principals can be allowed (and its
   * root is). Without an operator account they belong to no account and every caller is refused.
   */
  signingKeys(): AuthzTarget {
    const owner = this.operatorAccountId ?? '000000000000';
    return { arn: `arn:${this.partition}:iamgate::${owner}:signing-key/*`, accountId: owner };
  }

  /** The user `name` of the caller's account, with its path and tags when it exists. */
  user(name: string): Promise<AuthzTarget> {
    return this.once(`user:${name.toLowerCase()}`, async () =>
      this.named('user', name, await this.findUser(name)),
    );
  }

  /**
   * The user as read for its authorization, so that a resolver reading the same user does not read it again.
   * `undefined` when it does not exist (the resolver then asks the store, which says `NoSuchEntity`).
   */
  findUser(name: string): Promise<User | undefined> {
    return this.entity('user', name.toLowerCase(), () => this.store.users.find(this.accountId, name));
  }

  /** The role `name` of the caller's account. */
  role(name: string): Promise<AuthzTarget> {
    return this.once(`role:${name.toLowerCase()}`, async () =>
      this.named('role', name, await this.findRole(name)),
    );
  }

  /** The role as read for its authorization (see `findUser`). */
  findRole(name: string): Promise<Role | undefined> {
    return this.entity(
      'role',
      name.toLowerCase(),
      () => this.store.roles.find(this.accountId, name),
      isCacheableRole,
    );
  }

  /** The group `name` of the caller's account (groups have no tags). */
  group(name: string): Promise<AuthzTarget> {
    return this.once(`group:${name.toLowerCase()}`, async () => {
      const group = await this.findGroup(name);
      return this.named('group', name, group && { ...group, tags: [] });
    });
  }

  /** The group as read for its authorization (see `findUser`). */
  findGroup(name: string): Promise<Group | undefined> {
    return this.entity('group', name.toLowerCase(), () =>
      absentAsUndefined(this.store.groups.get(this.accountId, name)),
    );
  }

  /** An entity about to be created at `path`: its ARN as it will be. */
  toCreate(
    type: 'user' | 'group' | 'role' | 'policy',
    name: string,
    path: string | null | undefined,
  ): AuthzTarget {
    return {
      arn: iamArn(this.partition, this.accountId, type, path ?? '/', name),
      accountId: this.accountId,
    };
  }

  /**
   * A managed policy by ARN. The ARN may name another account: the decision then denies (no cross-account access
   * to IAM entities), which is why the account comes from the ARN and not from the caller.
   */
  policy(arn: string): Promise<AuthzTarget> {
    return this.once(`policy:${arn}`, async () => {
      const parsed = parseIamArn(arn, 'policy');
      if (parsed.accountId !== this.accountId) return { arn, accountId: parsed.accountId };
      const policy = await this.findPolicy(arn);
      return { arn, accountId: parsed.accountId, tags: policy?.tags ?? [] };
    });
  }

  /**
   * The managed policy as read for its authorization (see `findUser`); `undefined` also for an ARN that is not a
   * policy ARN of the caller's account, which is never read.
   */
  findPolicy(arn: string): Promise<ManagedPolicy | undefined> {
    let parsed: ParsedIamArn | undefined;
    try {
      parsed = parseIamArn(arn, 'policy');
    } catch {
      parsed = undefined;
    }
    if (parsed?.accountId !== this.accountId) return Promise.resolve(undefined);
    return this.entity('policy', arn, () => absentAsUndefined(this.store.policies.get(this.accountId, arn)));
  }

  private named(
    type: 'user' | 'group' | 'role',
    name: string,
    entity: { arn: string; tags: Tag[] } | undefined,
  ): AuthzTarget {
    return entityTarget(type, this.partition, this.accountId, name, entity);
  }
}

/** Memoizes `load` under `key` in `cache`. */
function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (value === undefined) {
    value = load();
    cache.set(key, value);
  }
  return value;
}
