import type { Connection } from '@iamgate/store';
import { type AccessFinding, accessFindings } from '../../access-analysis/access-findings.js';
import { compareKeys, findingKey } from '../../access-analysis/external-access.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { limits } from '../../hardening/argument-limits.js';
import { builder } from '../builder.js';
import { accountOf, principalOf } from '../common/caller.js';
import { pageArgs } from '../common/connections.js';
import {
  AccessFindingConnectionRef,
  AccessFindingRef,
  AccessFindingStatusRef,
} from './access-finding-types.js';
import { analyzerTarget } from './analyzer.js';

type Key = [string, number, string];

function encode(key: Key): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decode(cursor: string): Key {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      typeof key[0] === 'string' &&
      Number.isInteger(key[1]) &&
      typeof key[2] === 'string'
    ) {
      return key as Key;
    }
  } catch {
    // fall through
  }
  throw new IamError('InvalidInput', `cursor \`${cursor}\` is not valid`, { field: 'after' });
}

/** A page of findings (sorted by `findingKey`) after a cursor. */
function page(
  findings: readonly AccessFinding[],
  first: number,
  after: string | null | undefined,
): Connection<AccessFinding> {
  const from = after == null ? undefined : decode(after);
  const rest = from === undefined ? findings : findings.filter((f) => compareKeys(findingKey(f), from) > 0);
  const edges = rest.slice(0, first).map((node) => ({ cursor: encode(findingKey(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rest.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The current finding with `findingId`, or `NoSuchEntity`. */
async function findingOf(ctx: GatewayContext, findingId: string): Promise<AccessFinding> {
  const { findings } = await accessFindings(ctx.store, accountOf(ctx));
  const finding = findings.find((f) => f.id === findingId);
  if (finding === undefined) {
    throw new IamError('NoSuchEntity', `the access finding \`${findingId}\` cannot be found`, {
      field: 'findingId',
    });
  }
  return finding;
}

const findingIdArg = {
  required: true,
  description: "The finding's `id`.",
  ...limits({ maxLength: 64 }),
} as const;

builder.queryField('listAccessFindings', (t) =>
  t.field({
    type: AccessFindingConnectionRef,
    description:
      "External access findings (IAM Access Analyzer's, `IAM/latest/UserGuide/access-analyzer-findings.html`): each " +
      "statement of a role's trust policy or of a stored resource policy that admits principals outside the zone " +
      'of trust (the account, or its organization when it is in one): other accounts, everyone (`*`), federated ' +
      'identities, with or without conditions. A condition on `aws:PrincipalOrgID` equal to the own organization, or ' +
      'on `aws:PrincipalAccount` within the zone, keeps a statement inside. Decided by the policy engine, computed ' +
      'when asked. Authorized as `access-analyzer:ListFindings` on `arn:<partition>:access-analyzer::<account>:' +
      'analyzer/external-access`.',
    args: {
      status: t.arg({ type: AccessFindingStatusRef, description: 'Only active or only archived findings.' }),
      ...pageArgs(t.arg),
    },
    authz: {
      action: 'access-analyzer:ListFindings',
      resource: ({ ctx }) => analyzerTarget(ctx, 'external-access'),
    },
    resolve: async (_root, args, ctx) => {
      const first = args.first ?? 100;
      if (!Number.isInteger(first) || first < 1 || first > 1000) {
        throw new IamError('InvalidInput', `page size \`${first}\` must be an integer from 1 to 1000`, {
          field: 'first',
        });
      }
      const { findings } = await accessFindings(ctx.store, accountOf(ctx));
      const wanted = args.status == null ? findings : findings.filter((f) => f.status === args.status);
      return page(wanted, first, args.after);
    },
  }),
);

builder.mutationFields((t) => ({
  archiveAccessFinding: t.field({
    type: AccessFindingRef,
    description:
      'Accepts an external access finding as intended: it stays listed with status `ARCHIVED` and the reason, until ' +
      "what it grants changes (IAM Access Analyzer's `UpdateFindings` with `ARCHIVED`). Archiving again replaces the " +
      'reason. `NoSuchEntity` for an id that is not a current finding. Authorized as `access-analyzer:UpdateFindings` ' +
      'on the external access analyzer.',
    args: {
      findingId: t.arg.string(findingIdArg),
      reason: t.arg.string({
        required: true,
        description: 'Why the access is intended (1 to 1,000 characters).',
        ...limits({ maxLength: 1000 }),
      }),
    },
    authz: {
      action: 'access-analyzer:UpdateFindings',
      resource: ({ ctx }) => analyzerTarget(ctx, 'external-access'),
    },
    resolve: async (_root, args, ctx) => {
      if (args.reason.trim() === '') {
        throw new IamError('InvalidInput', '`reason` must not be empty', { field: 'reason' });
      }
      const finding = await findingOf(ctx, args.findingId);
      const archived = await ctx.store.archivedFindings.archive(accountOf(ctx), {
        findingId: finding.id,
        reason: args.reason,
        archivedBy: principalOf(ctx).arn,
        archivedAt: ctx.facts.now,
      });
      return { ...finding, status: 'ARCHIVED' as const, archived };
    },
  }),
  unarchiveAccessFinding: t.field({
    type: AccessFindingRef,
    description:
      "Makes an archived external access finding active again (IAM Access Analyzer's `UpdateFindings` with " +
      '`ACTIVE`); an active one stays active. `NoSuchEntity` for an id that is not a current finding. Authorized as ' +
      '`access-analyzer:UpdateFindings` on the external access analyzer.',
    args: { findingId: t.arg.string(findingIdArg) },
    authz: {
      action: 'access-analyzer:UpdateFindings',
      resource: ({ ctx }) => analyzerTarget(ctx, 'external-access'),
    },
    resolve: async (_root, args, ctx) => {
      const finding = await findingOf(ctx, args.findingId);
      await ctx.store.archivedFindings.unarchive(accountOf(ctx), finding.id);
      return { ...finding, status: 'ACTIVE' as const, archived: null };
    },
  }),
}));
