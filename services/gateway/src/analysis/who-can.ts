import { accountResourceOf, type PolicyInput, tryParseArn } from '@iamgate/policy';
import { type Connection, type Group, parseIamArn, type Role, type User } from '@iamgate/store';
import { principalKey } from '../cache/policy-cache.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { IamError } from '../errors/iam-error.js';
import { type ContextEntry, contextOf } from '../evaluator/context-entries.js';
import { checkedPolicy } from '../evaluator/decide-for.js';
import { storedPoliciesFor } from '../evaluator/stored-resource-policies.js';
import { accountOf } from '../schema/common/caller.js';
import { analysisSubject, requestKeys } from './analysis-subject.js';
import { decideExternal, externalPrincipals, externalWithAccess } from './external-principals.js';
import {
  decideGroup,
  decideQuestion,
  type PrincipalWithAccess,
  type WhoCanQuestion,
  withAccess,
} from './who-can-question.js';

/** The arguments of `principalsWithAccess`, as GraphQL hands them over. */
export interface WhoCanArgs {
  action: string;
  resource: string;
  context?: readonly ContextEntry[] | null;
  resourcePolicy?: string | null;
  includeGroups?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** The order of an answer: users, roles, groups (when asked for), then principals outside the account. */
const KINDS = ['user', 'role', 'group', 'external'] as const;
type Kind = (typeof KINDS)[number];

/** How many principals are listed and decided at a time: two statements per chunk, whatever its size. */
const CHUNK = 500;

/** A decided principal with the cursor that resumes after it within its kind. */
interface Found {
  inner: string;
  node: PrincipalWithAccess;
}

function encode(kind: number, inner: string): string {
  return Buffer.from(JSON.stringify([kind, inner]), 'utf8').toString('base64url');
}

function decode(after: string | null | undefined): { kind: number; inner: string } {
  if (after == null) return { kind: 0, inner: '' };
  try {
    const value: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      Number.isInteger(value[0]) &&
      value[0] >= 0 &&
      value[0] < KINDS.length &&
      typeof value[1] === 'string'
    ) {
      return { kind: value[0], inner: value[1] };
    }
  } catch {
    // refused below
  }
  throw new IamError('InvalidInput', `cursor \`${after.slice(0, 64)}\` is not valid`, { field: 'after' });
}

function pageSize(first: number | null | undefined): number {
  const n = first ?? 100;
  if (!Number.isInteger(n) || n < 1 || n > 1000) {
    throw new IamError('InvalidInput', `page size \`${String(first)}\` must be an integer from 1 to 1000`, {
      field: 'first',
    });
  }
  return n;
}

/** The resource asked about must be the account's: `*`, an ARN without account, or one of the account. */
function checkResource(resource: string, accountId: string): void {
  const arn = resource === '*' ? undefined : tryParseArn(resource);
  if (resource !== '*' && (arn === undefined || (arn.account !== '' && arn.account !== accountId))) {
    throw new IamError(
      'InvalidInput',
      `\`resource\` must be \`*\` or an ARN of your account (\`arn:partition:service:region:${accountId}:resource\`)`,
      { field: 'resource' },
    );
  }
}

/** The question behind the arguments, checked; with the role when it asks who can assume one of the account. */
async function question(ctx: GatewayContext, args: WhoCanArgs): Promise<WhoCanQuestion> {
  const accountId = accountOf(ctx);
  if (!/^[^:\s]+:\S+$/.test(args.action)) {
    throw new IamError(
      'InvalidInput',
      `\`${args.action.slice(0, 128)}\` is not an action (\`service:Action\`)`,
      {
        field: 'action',
      },
    );
  }
  checkResource(args.resource, accountId);
  let role: Role | undefined;
  if (
    args.action.toLowerCase() === 'sts:assumerole' &&
    accountResourceOf(args.resource, 'iam', 'role') !== undefined
  ) {
    if (args.resourcePolicy != null) {
      throw new IamError(
        'InvalidInput',
        "a role's trust policy decides who can assume it: give no `resourcePolicy`",
        {
          field: 'resourcePolicy',
        },
      );
    }
    parseIamArn(args.resource, 'role');
    role = await ctx.store.roles.getByArn(accountId, args.resource);
  }
  const resourcePolicy: PolicyInput | undefined =
    args.resourcePolicy == null
      ? undefined
      : checkedPolicy(args.resourcePolicy, 'resource', 'resource-policy');
  const stored = await storedPoliciesFor(ctx, [args]);
  return {
    accountId,
    action: args.action,
    resource: args.resource,
    context: { ...requestKeys(ctx.facts), ...contextOf(args.context ?? [], true) },
    resourcePolicy,
    stored,
    role,
  };
}

/** A chunk of users, roles or groups after `after`, decided. */
async function decideChunk(
  ctx: GatewayContext,
  q: WhoCanQuestion,
  kind: Exclude<Kind, 'external'>,
  after: string,
): Promise<{ found: Found[]; next: string | undefined }> {
  const page = { first: CHUNK, ...(after === '' ? {} : { after }) };
  const partition = ctx.store.partition;
  const { accountId } = q;
  const found: Found[] = [];
  let listed: Connection<User | Role | Group>;
  if (kind === 'group') {
    listed = await ctx.store.groups.list(accountId, page);
    const ids = listed.edges.map((e) => e.node.id);
    const batch =
      ids.length === 0 ? undefined : await ctx.store.effectivePoliciesBatch(accountId, { groupIds: ids });
    for (const { cursor, node } of listed.edges) {
      const effective = batch?.groups.get(node.id);
      if (effective === undefined) continue;
      const subject = analysisSubject(partition, effective, { kind: 'group', id: node.id, arn: node.arn });
      const entry = withAccess(subject, 'GROUP', decideGroup(q, subject));
      if (entry !== undefined) found.push({ inner: cursor, node: entry });
    }
  } else {
    listed =
      kind === 'user'
        ? await ctx.store.users.list(accountId, page)
        : await ctx.store.roles.list(accountId, page);
    const refs = listed.edges.map((e) =>
      kind === 'user'
        ? { kind: 'user' as const, accountId, userId: e.node.id }
        : { kind: 'role' as const, accountId, roleId: e.node.id },
    );
    const effective = await ctx.services.policies.getMany(accountId, refs);
    listed.edges.forEach(({ cursor, node }, i) => {
      const loaded = effective.get(principalKey(refs[i]!));
      if (loaded === undefined) return;
      const entity = { kind, id: node.id, name: node.name, arn: node.arn };
      const subject = analysisSubject(partition, loaded, entity);
      const entry = withAccess(subject, kind === 'user' ? 'USER' : 'ROLE', decideQuestion(q, subject));
      if (entry !== undefined) found.push({ inner: cursor, node: entry });
    });
  }
  const next = listed.pageInfo.hasNextPage ? (listed.pageInfo.endCursor ?? undefined) : undefined;
  return { found, next };
}

/** The principals outside the account the resource's policy admits, from index `after` on. */
function decideExternals(q: WhoCanQuestion, partition: string, after: string): Found[] {
  const policy =
    q.role !== undefined
      ? q.role.assumeRolePolicyDocument
      : (q.resourcePolicy ?? q.stored.forRequest(q.resource)?.set.forResource(q.resource)?.policy);
  if (policy === undefined) return [];
  const start = after === '' ? 0 : Number(after) + 1;
  const found: Found[] = [];
  externalPrincipals(policy, q.accountId, partition).forEach((external, i) => {
    if (i < start) return;
    const entry = externalWithAccess(external, decideExternal(q, external));
    if (entry !== undefined) found.push({ inner: String(i), node: entry });
  });
  return found;
}

/**
 * Every principal that would be allowed `action` on `resource` (a resource of the caller's account): the account's
 * users and roles (a role as a session of it without session policies), its groups by their own policies when asked,
 * and the principals outside the account that the resource's policy (given, else stored) or, for `sts:AssumeRole`
 * on a role, its trust policy admits. Each is decided by the engine as `authorize` or `assumeRole` would decide it;
 * the page holds at most `first` of them after the cursor `after`. Users and roles are listed and loaded 500 at a
 * time, each chunk in two statements (its list, then every policy of it: `PolicyCache.getMany`).
 */
export async function principalsWithAccess(
  ctx: GatewayContext,
  args: WhoCanArgs,
): Promise<Connection<PrincipalWithAccess>> {
  const first = pageSize(args.first);
  const start = decode(args.after);
  const q = await question(ctx, args);
  const edges: { cursor: string; node: PrincipalWithAccess }[] = [];
  let hasNextPage = false;
  const take = (kind: number, found: readonly Found[]): boolean => {
    for (const f of found) {
      if (edges.length === first) {
        hasNextPage = true;
        return true;
      }
      edges.push({ cursor: encode(kind, f.inner), node: f.node });
    }
    return false;
  };
  for (let k = start.kind; k < KINDS.length && !hasNextPage; k++) {
    const kind = KINDS[k]!;
    const after = k === start.kind ? start.inner : '';
    if (kind === 'external') {
      take(k, decideExternals(q, ctx.store.partition, after));
      continue;
    }
    if (kind === 'group' && (args.includeGroups !== true || q.role !== undefined)) continue;
    let cursor: string | undefined = after;
    while (cursor !== undefined && !hasNextPage) {
      const chunk = await decideChunk(ctx, q, kind, cursor);
      if (take(k, chunk.found)) break;
      cursor = chunk.next;
    }
  }
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
