import { assumedRoleArn, iamArn, rootArn } from '../arn.js';
import { checkDocument } from '../documents.js';
import { invalidInput, limitExceeded, noSuchEntity } from '../errors.js';
import { newId, newSecret } from '../ids.js';
import { hashSecret } from '../secrets/secret-hash.js';
import { checkTag } from '../tags.js';
import type { WriteOptions } from './audit-write.js';
import type { StoreContext } from './context.js';
import { ownArn } from './policy-lookup.js';
import { type FollowUps, insertSession } from './session-insert.js';
import type { CreateSessionInput, Session } from './sessions.js';

const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
const SESSION_ID = /^ASIA[A-Z0-9]{16}$/;

/**
 * `sessions.create`, with `followUps`: more `, name as (...)` CTEs for the same statement, which see the `input`
 * and `inserted` CTEs of `session-insert.ts` and should only act when the session was inserted (sign-in resets its
 * throttle and records the credential's use this way). Not part of the store's API.
 */
export async function recordSession(
  ctx: StoreContext,
  input: CreateSessionInput,
  options: WriteOptions = {},
  followUps?: FollowUps,
): Promise<{ session: Session; secret?: string }> {
  const { principalType } = input;
  if (principalType === 'role' && (!input.roleId || !input.sessionName)) {
    throw invalidInput('a role session needs a role and a session name', { field: 'roleId' });
  }
  if (principalType === 'user' && !input.userId)
    throw invalidInput('a user session needs a user', { field: 'userId' });
  if (input.sessionName !== undefined && !SESSION_NAME.test(input.sessionName)) {
    throw invalidInput(`session name \`${input.sessionName}\` must be 2 to 64 characters of [\\w+=,.@-]`, {
      field: 'sessionName',
    });
  }
  if (input.sourceIdentity !== undefined && !SESSION_NAME.test(input.sourceIdentity)) {
    throw invalidInput(
      `source identity \`${input.sourceIdentity}\` must be 2 to 64 characters of [\\w+=,.@-]`,
      {
        field: 'sourceIdentity',
      },
    );
  }
  const tags = (input.tags ?? []).map(checkTag);
  if (tags.length > 50) throw limitExceeded('sessionTags', 50, 'too many session tags');
  const arns = input.sessionPolicyArns ?? [];
  if (arns.length > 10) throw limitExceeded('sessionPolicyArns', 10, 'too many session policy ARNs');
  const issuedAt = input.issuedAt ?? new Date();
  if (!(input.expiresAt.getTime() > issuedAt.getTime())) {
    throw invalidInput('a session must expire after it is issued', { field: 'expiresAt' });
  }
  const policy =
    input.sessionPolicy === undefined
      ? null
      : checkDocument(input.sessionPolicy, 'session', 2048, 'sessionPolicySize');
  const secret = input.withSecret ? newSecret() : undefined;
  const id = input.id ?? newId('session');
  if (!SESSION_ID.test(id)) throw invalidInput(`\`${id}\` is not a session id`, { field: 'id' });
  const subject = input.sessionName ?? input.accountId;
  // Another account's or partition's ARN is refused here; the rest is checked by the statement.
  const policies = arns.map((arn) => ({
    arn,
    ...ownArn(ctx.partition, input.accountId, arn, 'policy'),
  }));
  const row = {
    id,
    accountId: input.accountId,
    principalType,
    source: input.source,
    userId: input.userId ?? null,
    roleId: input.roleId ?? null,
    workloadId: input.workloadId ?? null,
    parentSessionId: input.parentSessionId ?? null,
    sessionName: input.sessionName ?? null,
    sourceIdentity: input.sourceIdentity ?? null,
    tags,
    transitiveTagKeys: input.transitiveTagKeys ?? [],
    sessionPolicy: policy,
    sessionPolicyArns: arns,
    mfaAuthenticated: input.mfaAuthenticated ?? false,
    mfaAuthenticatedAt: input.mfaAuthenticated ? (input.mfaAuthenticatedAt ?? issuedAt) : null,
    sourceIp: input.sourceIp ?? null,
    issuedAt,
    expiresAt: input.expiresAt,
  };
  const outcome = await insertSession(
    ctx,
    {
      row: { ...row, secretHash: secret ? hashSecret(secret) : null },
      policies,
      ...(options.audit ? { audit: { input: options.audit, defaultAccountId: input.accountId } } : {}),
    },
    subject,
    followUps,
  );
  if (!outcome.inserted) {
    // The role or user must belong to the session's account: a session never crosses accounts by id.
    if (input.roleId && outcome.role === null) throw noSuchEntity('role', input.roleId);
    if (input.userId && outcome.user === null) throw noSuchEntity('user', input.userId);
    const missing = arns.find((arn) => outcome.missingPolicyArns.includes(arn));
    throw noSuchEntity('policy', missing ?? arns[0] ?? subject);
  }
  const p = ctx.partition;
  const { role, user } = outcome;
  const session: Session = {
    ...row,
    principalArn:
      principalType === 'role'
        ? assumedRoleArn(p, input.accountId, role?.name ?? '', input.sessionName ?? '')
        : principalType === 'user'
          ? iamArn(p, input.accountId, 'user', user?.path ?? '/', user?.name ?? '')
          : rootArn(p, input.accountId),
    roleArn: role ? iamArn(p, input.accountId, 'role', role.path, role.name) : null,
    revokedAt: null,
  };
  return secret ? { session, secret } : { session };
}
