import { type SQL, sql } from 'drizzle-orm';
import { iamArn } from '../arn.js';
import { executeRows } from '../db/execute.js';
import type { Executor } from '../db/types.js';
import { invalidInput } from '../errors.js';
import { type Connection, decodeCursor, encodeCursor, type PageArgs, pageSize } from '../pagination.js';
import { read, type StoreContext } from './context.js';
import { type Group, GroupsRepository } from './groups.js';
import { type ManagedPolicy, PoliciesRepository } from './policies.js';
import type { AttachedPolicy } from './policy-attachments.js';
import type { PolicyVersion } from './policy-versions.js';
import { type Role, RolesRepository } from './roles.js';
import { type User, UsersRepository } from './users.js';

/** The kinds of entity `GetAccountAuthorizationDetails` returns, in the order it returns them. */
export const AUTHORIZATION_ENTITY_KINDS = ['user', 'group', 'role', 'policy'] as const;

/** A kind of entity of `GetAccountAuthorizationDetails` (AWS's `User`, `Group`, `Role`, `LocalManagedPolicy`). */
export type AuthorizationEntityKind = (typeof AUTHORIZATION_ENTITY_KINDS)[number];

/** An inline policy with its document (`API_PolicyDetail.html`). */
export interface PolicyDetail {
  policyName: string;
  policyDocument: string;
}

/** What users, groups and roles have besides themselves: their inline and attached policies. */
export interface PrincipalPolicies {
  inlinePolicies: PolicyDetail[];
  attachedPolicies: AttachedPolicy[];
}

/** A user with its groups and policies (`API_UserDetail.html`). */
export interface UserDetail extends User, PrincipalPolicies {
  /** The names of its groups, by name. */
  groupNames: string[];
}

/** A group with its policies (`API_GroupDetail.html`). */
export interface GroupDetail extends Group, PrincipalPolicies {}

/** A role with its policies (`API_RoleDetail.html`). */
export interface RoleDetail extends Role, PrincipalPolicies {}

/** A customer managed policy with every stored version, newest first (`API_ManagedPolicyDetail.html`). */
export interface ManagedPolicyDetail extends ManagedPolicy {
  versions: PolicyVersion[];
}

/** One page of `GetAccountAuthorizationDetails`: at most `first` entities, users first, then groups, roles, policies. */
export interface AuthorizationDetailsPage {
  users: UserDetail[];
  groups: GroupDetail[];
  roles: RoleDetail[];
  policies: ManagedPolicyDetail[];
  pageInfo: Connection<unknown>['pageInfo'];
}

/** Where a page starts: the kind, and the cursor of that kind's list (empty for its start). */
interface Position {
  kind: number;
  after: string;
}

function startOf(after: string | null | undefined): Position {
  if (!after) return { kind: 0, after: '' };
  const [kind, inner] = decodeCursor(after, 2);
  if (!Number.isInteger(kind) || (kind as number) < 0 || (kind as number) >= 4 || typeof inner !== 'string') {
    throw invalidInput(`cursor \`${after}\` is not valid`, { field: 'after' });
  }
  return { kind: kind as number, after: inner };
}

/** `column in (ids)`, or false for no ids (`in ()` is not SQL). */
function inIds(column: string, ids: readonly string[]): SQL {
  if (ids.length === 0) return sql`false`;
  return sql`${sql.raw(column)} in (${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )})`;
}

interface RelatedDocument {
  kind: 'inline' | 'attached' | 'group' | 'version';
  owner: string;
  name: string;
  path?: string;
  accountId?: string;
  document?: string;
  isDefault?: boolean;
  createdAt?: string;
}

/**
 * What the entities of one page have, in one statement whatever their number: inline policies with documents,
 * attached policies, users' groups and policies' versions, each as a JSON document naming its owner's id (ids are
 * unique across kinds: `AIDA...`, `AGPA...`, `AROA...`, `ANPA...`). Names sort ascending, versions newest first.
 */
function relatedStatement(ids: { principals: string[]; users: string[]; policies: string[] }) {
  const owners = (table: string) =>
    sql`(${inIds(`${table}.user_id`, ids.principals)} or ${inIds(`${table}.group_id`, ids.principals)}
      or ${inIds(`${table}.role_id`, ids.principals)})`;
  return sql`select r.doc::text as doc from (
  select 0 as ord, lower(ip.name) as s1, ip.id::text as s2, json_build_object('kind', 'inline',
    'owner', coalesce(ip.user_id, ip.group_id, ip.role_id), 'name', ip.name, 'document', ip.document) as doc
  from inline_policies ip where ${owners('ip')}
  union all
  select 1, lower(p.name), p.id, json_build_object('kind', 'attached',
    'owner', coalesce(pa.user_id, pa.group_id, pa.role_id), 'name', p.name, 'path', p.path, 'accountId', p.account_id)
  from policy_attachments pa join policies p on p.id = pa.policy_id where ${owners('pa')}
  union all
  select 2, lower(g.name), g.id, json_build_object('kind', 'group', 'owner', gm.user_id, 'name', g.name)
  from group_memberships gm join groups g on g.id = gm.group_id where ${inIds('gm.user_id', ids.users)}
  union all
  select 3, lpad(substring(v.version_id from 2), 10, '0'), v.policy_id, json_build_object('kind', 'version',
    'owner', v.policy_id, 'name', v.version_id, 'document', v.document, 'isDefault', v.is_default,
    'createdAt', v.created_at)
  from policy_versions v where ${inIds('v.policy_id', ids.policies)}
) r order by r.ord, (case when r.ord = 3 then r.s1 end) desc, r.s1, r.s2`;
}

/** What `relatedStatement` found, by owner id. */
interface Related {
  policies: Map<string, PrincipalPolicies>;
  groupNames: Map<string, string[]>;
  versions: Map<string, PolicyVersion[]>;
}

async function readRelated(
  db: Executor,
  partition: string,
  page: { users: User[]; groups: Group[]; roles: Role[]; policies: ManagedPolicy[] },
): Promise<Related> {
  const related: Related = { policies: new Map(), groupNames: new Map(), versions: new Map() };
  const principals = [...page.users, ...page.groups, ...page.roles].map((e) => e.id);
  const policyArns = new Map(page.policies.map((p) => [p.id, p.arn]));
  if (principals.length === 0 && policyArns.size === 0) return related;
  const statement = relatedStatement({
    principals,
    users: page.users.map((u) => u.id),
    policies: [...policyArns.keys()],
  });
  const policiesOf = (owner: string) => {
    let found = related.policies.get(owner);
    if (found === undefined) {
      found = { inlinePolicies: [], attachedPolicies: [] };
      related.policies.set(owner, found);
    }
    return found;
  };
  for (const { doc } of await executeRows<{ doc: string }>(db, statement)) {
    const d = JSON.parse(doc) as RelatedDocument;
    if (d.kind === 'inline') {
      policiesOf(d.owner).inlinePolicies.push({ policyName: d.name, policyDocument: d.document as string });
    } else if (d.kind === 'attached') {
      const arn = iamArn(partition, d.accountId as string, 'policy', d.path as string, d.name);
      policiesOf(d.owner).attachedPolicies.push({ policyName: d.name, policyArn: arn });
    } else if (d.kind === 'group') {
      related.groupNames.set(d.owner, [...(related.groupNames.get(d.owner) ?? []), d.name]);
    } else {
      const version: PolicyVersion = {
        policyArn: policyArns.get(d.owner) as string,
        versionId: d.name,
        document: d.document as string,
        isDefaultVersion: d.isDefault === true,
        createdAt: new Date(d.createdAt as string),
      };
      related.versions.set(d.owner, [...(related.versions.get(d.owner) ?? []), version]);
    }
  }
  return related;
}

/**
 * The whole account as audit tools read it (`IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html`):
 * users, groups, roles and customer managed policies with everything attached to them, a page at a time. A page
 * costs at most five statements whatever the account's size: one per kind of entity it reaches (the repositories'
 * own list reads, keyset-paginated by name), and one for everything those entities have.
 */
export class AuthorizationDetailsRepository {
  private readonly lists: {
    [K in AuthorizationEntityKind]: (
      accountId: string,
      page: PageArgs,
    ) => Promise<Connection<User | Group | Role | ManagedPolicy>>;
  };

  constructor(private readonly ctx: StoreContext) {
    const users = new UsersRepository(ctx);
    const groups = new GroupsRepository(ctx);
    const roles = new RolesRepository(ctx);
    const policies = new PoliciesRepository(ctx);
    this.lists = {
      user: (accountId, page) => users.list(accountId, page),
      group: (accountId, page) => groups.list(accountId, page),
      role: (accountId, page) => roles.list(accountId, page),
      policy: (accountId, page) => policies.list(accountId, page),
    };
  }

  /**
   * A page of at most `first` entities (1-1,000, default 100, AWS's `MaxItems`) of the kinds asked for (all when
   * `kinds` is empty), after the `endCursor` of the previous page (AWS's `Marker`).
   */
  async page(
    accountId: string,
    kinds: readonly AuthorizationEntityKind[],
    page: PageArgs = {},
  ): Promise<AuthorizationDetailsPage> {
    let remaining = pageSize(page.first);
    const wanted = new Set(kinds.length === 0 ? AUTHORIZATION_ENTITY_KINDS : kinds);
    const start = startOf(page.after);
    const found: Record<AuthorizationEntityKind, (User | Group | Role | ManagedPolicy)[]> = {
      user: [],
      group: [],
      role: [],
      policy: [],
    };
    const cursors: string[] = [];
    let hasNextPage = false;
    for (let index = start.kind; index < AUTHORIZATION_ENTITY_KINDS.length; index++) {
      const kind = AUTHORIZATION_ENTITY_KINDS[index] as AuthorizationEntityKind;
      if (!wanted.has(kind)) continue;
      const after = index === start.kind && start.after !== '' ? start.after : undefined;
      // Once the page is full, one more entity of a later kind only tells whether a next page exists.
      const listed = await this.lists[kind](accountId, { first: Math.max(remaining, 1), after });
      if (remaining === 0) {
        hasNextPage = listed.edges.length > 0;
        if (hasNextPage) break;
        continue;
      }
      for (const edge of listed.edges) {
        found[kind].push(edge.node);
        cursors.push(encodeCursor([index, edge.cursor]));
      }
      remaining -= listed.edges.length;
      if (listed.pageInfo.hasNextPage) {
        hasNextPage = true;
        break;
      }
    }
    const entities = {
      users: found.user as User[],
      groups: found.group as Group[],
      roles: found.role as Role[],
      policies: found.policy as ManagedPolicy[],
    };
    const related = await read(this.ctx, (db) => readRelated(db, this.ctx.partition, entities));
    const policiesOf = (id: string) =>
      related.policies.get(id) ?? { inlinePolicies: [], attachedPolicies: [] };
    return {
      users: entities.users.map((u) => ({
        ...u,
        ...policiesOf(u.id),
        groupNames: related.groupNames.get(u.id) ?? [],
      })),
      groups: entities.groups.map((g) => ({ ...g, ...policiesOf(g.id) })),
      roles: entities.roles.map((r) => ({ ...r, ...policiesOf(r.id) })),
      policies: entities.policies.map((p) => ({ ...p, versions: related.versions.get(p.id) ?? [] })),
      pageInfo: {
        hasNextPage,
        hasPreviousPage: false,
        startCursor: cursors[0] ?? null,
        endCursor: cursors.at(-1) ?? null,
      },
    };
  }
}
