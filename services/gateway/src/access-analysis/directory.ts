import type {
  GroupDetail,
  ManagedPolicyDetail,
  PrincipalPolicies,
  Repositories,
  RoleDetail,
  UserDetail,
} from '@iamgate/store';

/** One identity-based policy a principal has, with the id decisions name it by. */
export interface HeldPolicy {
  /** A managed policy's ARN, or `user/<name>/inline/<policy>` (`group/...`, `role/...`) as the engine names it. */
  id: string;
  document: string;
}

/**
 * The whole IAM directory of an account: users with their groups, groups, roles and customer managed policies, each
 * with its policies (`GetAccountAuthorizationDetails`, read a thousand entities at a time, at most five statements a
 * page), and lookups over it.
 */
export class Directory {
  private readonly managed = new Map<string, ManagedPolicyDetail>();
  private readonly groupsByName = new Map<string, GroupDetail>();

  constructor(
    readonly users: readonly UserDetail[],
    readonly groups: readonly GroupDetail[],
    readonly roles: readonly RoleDetail[],
    readonly policies: readonly ManagedPolicyDetail[],
  ) {
    for (const policy of policies) this.managed.set(policy.arn, policy);
    for (const group of groups) this.groupsByName.set(group.name.toLowerCase(), group);
  }

  /** Reads the directory of `accountId`. */
  static async load(
    store: Pick<Repositories, 'authorizationDetails'>,
    accountId: string,
  ): Promise<Directory> {
    const users: UserDetail[] = [];
    const groups: GroupDetail[] = [];
    const roles: RoleDetail[] = [];
    const policies: ManagedPolicyDetail[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await store.authorizationDetails.page(accountId, [], {
        first: 1000,
        ...(after === null ? {} : { after }),
      });
      users.push(...page.users);
      groups.push(...page.groups);
      roles.push(...page.roles);
      policies.push(...page.policies);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return new Directory(users, groups, roles, policies);
  }

  /** The document in force of a customer managed policy of the account, if it has it. */
  managedDocument(arn: string): string | undefined {
    return this.managed.get(arn)?.versions.find((v) => v.isDefaultVersion)?.document;
  }

  /** A group by name. */
  group(name: string): GroupDetail | undefined {
    return this.groupsByName.get(name.toLowerCase());
  }

  /** The identity-based policies of a user (its own and its groups') or a role, as decisions name them. */
  identityPolicies(principal: UserDetail | RoleDetail, kind: 'user' | 'role'): HeldPolicy[] {
    const out = this.held(principal, kind, principal.name);
    if (kind === 'user') {
      for (const name of (principal as UserDetail).groupNames) {
        const group = this.group(name);
        if (group !== undefined) out.push(...this.held(group, 'group', group.name));
      }
    }
    return out;
  }

  private held(owner: PrincipalPolicies, kind: 'user' | 'group' | 'role', name: string): HeldPolicy[] {
    const out: HeldPolicy[] = owner.inlinePolicies.map((p) => ({
      id: `${kind}/${name}/inline/${p.policyName}`,
      document: p.policyDocument,
    }));
    for (const attached of owner.attachedPolicies) {
      const document = this.managedDocument(attached.policyArn);
      if (document !== undefined) out.push({ id: attached.policyArn, document });
    }
    return out;
  }
}
