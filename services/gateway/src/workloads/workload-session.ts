import { evaluateTrust } from '@iamgate/policy';
import type { AuditInput } from '@iamgate/store';
import { accessDenied } from '../authz/access-denied.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { rootStore } from '../context/root-store.js';
import { IamError } from '../errors/iam-error.js';
import { cachedRoleByArn } from '../sts/role-lookup.js';
import { type RoleSessionResult, startRoleSession } from '../sts/start-role-session.js';
import { checkDuration, checkSessionName } from '../sts/sts-limits.js';
import { trustPolicyOf } from '../sts/trust-policy.js';

/** The service principal workloads assume roles as. */
export const WORKLOAD_SERVICE = 'workload.iamgate';

/** The arguments of `assumeWorkloadRole`. */
export interface WorkloadSessionRequest {
  workloadId: string;
  secret: string;
  roleSessionName?: string | null;
  durationSeconds?: number | null;
}

/**
 * A workload's sign-in: its credential is checked, then the trust policy of the role it holds must allow the
 * service principal `workload.iamgate` with `aws:SourceArn` = the workload's ARN (the confused-deputy guard of
 * `IAM/latest/UserGuide/confused-deputy.html`), and the workload gets a session of that role. Like `signIn`, it
 * authenticates and audits itself: a wrong credential is `InvalidClientTokenId` whatever the reason.
 */
export async function assumeWorkloadRole(
  ctx: GatewayContext,
  request: WorkloadSessionRequest,
): Promise<RoleSessionResult> {
  const store = rootStore(ctx);
  const { tokens } = ctx.services;
  const { facts } = ctx;
  const sessionName = request.roleSessionName == null ? undefined : checkSessionName(request.roleSessionName);
  const workload = await store.workloads.verifyCredential(request.workloadId, request.secret);
  const audit = (input: Partial<AuditInput> & Pick<AuditInput, 'decision'>): AuditInput => ({
    action: 'sts:AssumeRole',
    accountId: workload?.accountId ?? null,
    principalArn: workload?.arn ?? null,
    principalId: workload?.id ?? null,
    resource: workload?.roleArn ?? null,
    requestId: ctx.requestId,
    sourceIp: facts.sourceIp,
    userAgent: facts.userAgent ?? null,
    occurredAt: facts.now,
    details: { method: 'workload', workloadId: request.workloadId },
    ...input,
  });
  if (workload === null) {
    await store.audit.record(audit({ decision: 'Deny', errorCode: 'InvalidClientTokenId' }));
    throw new IamError('InvalidClientTokenId', 'the workload credentials are not valid');
  }
  const role =
    workload.roleArn === null
      ? undefined
      : await cachedRoleByArn(ctx.services.entities, store, workload.roleArn);
  if (role === undefined) {
    await store.audit.record(audit({ decision: 'Deny', errorCode: 'NoSuchEntity' }));
    throw new IamError('NoSuchEntity', `workload \`${workload.name}\` holds no role`);
  }
  const decision = evaluateTrust({
    principal: WORKLOAD_SERVICE,
    roleArn: role.arn,
    trustPolicy: trustPolicyOf(role),
    context: {
      'aws:SourceArn': workload.arn,
      'aws:SourceAccount': workload.accountId,
      'aws:CurrentTime': facts.now.toISOString(),
      'aws:EpochTime': Math.floor(facts.now.getTime() / 1000),
      'aws:SourceIp': facts.sourceIp,
      'aws:SecureTransport': facts.secureTransport,
      'sts:RoleSessionName': sessionName ?? workload.id,
    },
  });
  if (decision.decision !== 'Allow') {
    const error = accessDenied({
      principal: WORKLOAD_SERVICE,
      action: 'sts:AssumeRole',
      resource: role.arn,
      decision,
    });
    await store.audit.record(
      audit({ decision: 'Deny', errorCode: 'AccessDenied', details: { reason: error.message } }),
    );
    throw error;
  }
  const durationSeconds = checkDuration(request.durationSeconds, role.maxSessionDuration, false);
  // One statement records the session with its audit event: atomic without a transaction.
  return startRoleSession(store, tokens, {
    role,
    sessionName: sessionName ?? workload.id,
    durationSeconds,
    source: 'assumeWorkloadRole',
    issuedAt: facts.now,
    workloadId: workload.id,
    sourceIp: facts.sourceIp,
    audit: (assumed) => audit({ decision: 'Allow', details: { method: 'workload', session: assumed.arn } }),
  });
}
