import {
  iamArn,
  parseIamArn,
  type Repositories,
  type Role,
  rootArn,
  type Tag,
  type User,
} from '@iamgate/store';
import type { AuthzTarget } from '../authz/authz-rule.js';
import { entityTarget } from '../authz/entity-target.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';

/**
 * Builds the target ARNs authorization rules decide on, with the target's tags, memoized per request. An entity
 * that does not exist still gets an ARN (without a path), so the caller is told `AccessDenied` rather than
 * `NoSuchEntity` when they may not act on it: existence is not revealed to those not allowed to see it.
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
    private readonly memo = new Map<string, Promise<AuthzTarget>>(),
    private readonly users = new Map<string, Promise<User | undefined>>(),
    private readonly roles = new Map<string, Promise<Role | undefined>>(),
  ) {
    this.partition = store.partition;
  }

  /**
   * The same targets read through `store` (a mutation's transaction) from now on, sharing what was already read:
   * what the authorization step read is not read again, and what was not is read inside the transaction.
   */
  using(store: Repositories): Targets {
    return new Targets(store, this.accountId, this.operatorAccountId, this.memo, this.users, this.roles);
  }

  /** Forgets what was read: after a mutation, entities may have changed for the next field of the request. */
  forget(): void {
    this.memo.clear();
    this.users.clear();
    this.roles.clear();
  }

  private once(key: string, load: () => Promise<AuthzTarget>): Promise<AuthzTarget> {
    return remember(this.memo, key, load);
  }

  /** `*`: for actions without a resource type (`ListUsers`, `GetAccountPasswordPolicy`...), as AWS. */
  any(): AuthzTarget {
    return { arn: '*', accountId: this.accountId };
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
    return remember(this.users, name.toLowerCase(), () => this.store.users.find(this.accountId, name));
  }

  /** The role `name` of the caller's account. */
  role(name: string): Promise<AuthzTarget> {
    return this.once(`role:${name.toLowerCase()}`, async () =>
      this.named('role', name, await this.findRole(name)),
    );
  }

  /** The role as read for its authorization (see `findUser`). */
  findRole(name: string): Promise<Role | undefined> {
    return remember(this.roles, name.toLowerCase(), () => this.store.roles.find(this.accountId, name));
  }

  /** The group `name` of the caller's account (groups have no tags). */
  group(name: string): Promise<AuthzTarget> {
    return this.once(`group:${name.toLowerCase()}`, async () => {
      const group = await absentAsUndefined(this.store.groups.get(this.accountId, name));
      return this.named('group', name, group && { ...group, tags: [] });
    });
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
      const policy = await absentAsUndefined(this.store.policies.get(this.accountId, arn));
      return { arn, accountId: parsed.accountId, tags: policy?.tags ?? [] };
    });
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
