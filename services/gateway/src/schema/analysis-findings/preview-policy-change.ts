import { validatePolicy } from '@iamgate/policy';
import { type ParsedIamArn, parseIamArn } from '@iamgate/store';
import { affectedBy, auditPrincipalsOf, type ChangeTarget } from '../../access-analysis/change-target.js';
import { Directory } from '../../access-analysis/directory.js';
import { Replay, saturated, TRUST_ACTIONS } from '../../access-analysis/replay.js';
import type { GatewayContext } from '../../context/gateway-context.js';
import { IamError } from '../../errors/iam-error.js';
import { storedPoliciesFor } from '../../evaluator/stored-resource-policies.js';
import { limits } from '../../hardening/argument-limits.js';
import { builder } from '../builder.js';
import { accountOf } from '../common/caller.js';
import { daysArgument } from './analyzer.js';
import {
  MAX_REPLAYED_EVENTS,
  type PolicyChangePreview,
  PolicyChangePreviewRef,
  PolicyChangeTargetInput,
} from './preview-types.js';

const DAY_MS = 86_400_000;

interface TargetArgs {
  policyArn?: string | null;
  inlinePolicy?: { ownerArn: string; policyName: string } | null;
  roleArn?: string | null;
}

/** The ARN a target names (unchecked): what the change is authorized on. */
function targetArnOf(target: TargetArgs): string {
  return target.policyArn ?? target.inlinePolicy?.ownerArn ?? target.roleArn ?? '*';
}

function parsed(arn: string, field: string): ParsedIamArn {
  try {
    return parseIamArn(arn);
  } catch {
    throw new IamError('InvalidInput', `\`${arn}\` is not an IAM ARN`, { field });
  }
}

function missing(what: string, arn: string): IamError {
  return new IamError('NoSuchEntity', `the ${what} \`${arn}\` cannot be found`);
}

/** The checked target: exactly one kind, naming an existing entity of the caller's account. */
function checkedTarget(target: TargetArgs, directory: Directory, accountId: string): ChangeTarget {
  const given = [target.policyArn, target.inlinePolicy, target.roleArn].filter((v) => v != null);
  if (given.length !== 1) {
    throw new IamError('InvalidInput', 'give exactly one of `policyArn`, `inlinePolicy` and `roleArn`', {
      field: 'target',
    });
  }
  if (target.policyArn != null) {
    const arn = target.policyArn;
    const p = parsed(arn, 'target.policyArn');
    if (p.type !== 'policy' || p.accountId !== accountId || directory.managedDocument(arn) === undefined) {
      throw missing('policy', arn);
    }
    return { kind: 'managed', policyArn: arn };
  }
  if (target.roleArn != null) {
    const arn = target.roleArn;
    const p = parsed(arn, 'target.roleArn');
    if (p.type !== 'role' || p.accountId !== accountId || !directory.roles.some((r) => r.arn === arn)) {
      throw missing('role', arn);
    }
    return { kind: 'trust', roleArn: arn };
  }
  const { ownerArn, policyName } = target.inlinePolicy as { ownerArn: string; policyName: string };
  if (!/^[\w+=,.@-]{1,128}$/.test(policyName)) {
    throw new IamError('InvalidInput', `\`${policyName}\` is not a policy name`, {
      field: 'target.inlinePolicy.policyName',
    });
  }
  const p = parsed(ownerArn, 'target.inlinePolicy.ownerArn');
  const owners =
    p.type === 'user'
      ? directory.users
      : p.type === 'group'
        ? directory.groups
        : p.type === 'role'
          ? directory.roles
          : [];
  const owner = p.accountId === accountId ? owners.find((o) => o.arn === ownerArn) : undefined;
  if (owner === undefined) throw missing('user, group or role', ownerArn);
  return {
    kind: 'inline',
    ownerKind: p.type as 'user' | 'group' | 'role',
    ownerName: owner.name,
    policyName,
  };
}

/** The new document, checked as what it would be stored as: `MalformedPolicyDocument` with the errors otherwise. */
function checkDocument(document: string, target: ChangeTarget): void {
  const { valid, findings } = validatePolicy(document, target.kind === 'trust' ? 'trust' : 'identity');
  if (!valid) {
    throw new IamError('MalformedPolicyDocument', 'the new document is not a valid policy', {
      findings: findings.filter((f) => f.severity === 'ERROR'),
    });
  }
}

async function preview(
  ctx: GatewayContext,
  targetArgs: TargetArgs,
  newDocument: string,
  days: number,
): Promise<PolicyChangePreview> {
  const accountId = accountOf(ctx);
  const partition = ctx.store.partition;
  const directory = await Directory.load(ctx.store, accountId);
  const target = checkedTarget(targetArgs, directory, accountId);
  checkDocument(newDocument, target);
  const to = new Date(ctx.facts.now.getTime() + 1);
  const from = new Date(to.getTime() - days * DAY_MS);
  const affected = affectedBy(target, directory);
  const principalCount = affected.users.length + affected.roles.length;
  const events =
    target.kind === 'trust'
      ? await ctx.store.accessAnalysis.requests(
          accountId,
          { resource: target.roleArn, actions: TRUST_ACTIONS },
          from,
          to,
          MAX_REPLAYED_EVENTS,
        )
      : principalCount === 0
        ? { rows: [], truncated: false }
        : await ctx.store.accessAnalysis.requests(
            accountId,
            { principals: auditPrincipalsOf(affected, partition, accountId) },
            from,
            to,
            MAX_REPLAYED_EVENTS,
          );
  const stored = await storedPoliciesFor(
    ctx,
    events.rows.map((e) => ({ resource: e.resource ?? '*' })),
  );
  const outcome = await new Replay({
    accountId,
    partition,
    target,
    newDocument,
    directory,
    stored,
    policiesOf: (p) =>
      ctx.services.policies.get(
        p.kind === 'user'
          ? { kind: 'user', accountId, userId: p.user.id }
          : { kind: 'role', accountId, roleId: p.role.id },
      ),
  }).run(events.rows);
  return {
    ...outcome,
    targetArn: targetArnOf(targetArgs),
    days,
    from,
    to: ctx.facts.now,
    principalCount,
    eventsRead: saturated(events.rows.reduce((n, e) => n + e.count, 0)),
    truncated: events.truncated,
  };
}

builder.queryField('previewPolicyChange', (t) =>
  t.field({
    type: PolicyChangePreviewRef,
    description:
      'Previews a policy change before it lands: the requests of the last `days` days of every user and ' +
      'role whose policies include the target (for a trust policy: the requests to assume the role) are replayed ' +
      'with `@iamgate/policy` against their current policies, once as they are and once with `newDocument` in ' +
      "the target's place, and every request whose decision would flip is counted, per action, with samples. At " +
      `most ${MAX_REPLAYED_EVENTS.toLocaleString('en')} requests, the newest, are replayed (\`truncated\` says when ` +
      "there were more). The requests are the audit log's (mutations, refusals) and the activity record's " +
      "(allowed reads and apps' `authorize` decisions through the gateway, counted per day: each row is replayed " +
      'once with its last time and address, and weighs its count). iamgate-only (AWS previews external access, not decisions), ' +
      'authorized as `iamgate:PreviewPolicyChange` on the target and `iam:ListAuditEvents` on `*`.',
    args: {
      target: t.arg({
        type: PolicyChangeTargetInput,
        required: true,
        description: 'The policy the change replaces.',
      }),
      newDocument: t.arg.string({
        required: true,
        description: 'The document it would have, JSON text (checked like the write it previews).',
        ...limits({ document: 'managed' }),
      }),
      days: t.arg.int({ description: 'How many days of requests to replay, 1 to 90 (default 30).' }),
    },
    authz: {
      action: 'iamgate:PreviewPolicyChange',
      resource: ({ args }) => targetArnOf(args.target),
      also: ({ ctx }) => [{ action: 'iam:ListAuditEvents', resource: ctx.targets.any() }],
    },
    resolve: (_root, args, ctx) =>
      preview(ctx, args.target, args.newDocument, daysArgument('days', args.days, 30, 90)),
  }),
);
