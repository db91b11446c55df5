import {
  type AuditInput,
  assumedRoleArn,
  type Role,
  type SessionSource,
  type Store,
  type StoreTransaction,
} from '@iamgate/store';
import { authenticationMethods } from '../tokens/authentication-methods.js';
import type { TokenService } from '../tokens/token-service.js';
import type { SessionTag } from './sts-limits.js';

/** What a new role session is made of. */
export interface RoleSessionInput {
  role: Role;
  sessionName: string;
  durationSeconds: number;
  source: Extract<SessionSource, 'assumeRole' | 'assumeWorkloadRole' | 'assumeRoleWithWebIdentity'>;
  issuedAt: Date;
  tags?: SessionTag[];
  transitiveTagKeys?: string[];
  sourceIdentity?: string | undefined;
  policy?: string | undefined;
  policyArns?: string[];
  parentSessionId?: string | undefined;
  workloadId?: string;
  /** When the MFA of the session was checked: set for an MFA-authenticated session (`aws:MultiFactorAuthAge`). */
  mfaAuthenticatedAt?: Date | undefined;
  sourceIp?: string;
  /** The audit event written with the session (in the same statement), given the session's identity. */
  audit: (assumedRoleUser: RoleSessionResult['assumedRoleUser']) => AuditInput;
}

/** Temporary credentials (`STS/latest/APIReference/API_Credentials.html`), as iamgate issues them. */
export interface IssuedCredentials {
  /** The session id (`ASIA...`), AWS's `AccessKeyId` of the temporary credentials. */
  sessionId: string;
  /** The JWT to send as `Authorization: Bearer <token>`. */
  sessionToken: string;
  expiration: Date;
}

/** What `assumeRole` and `assumeWorkloadRole` return. */
export interface RoleSessionResult {
  credentials: IssuedCredentials;
  /** `arn:<partition>:sts::<account>:assumed-role/<RoleName>/<SessionName>` and `<roleId>:<SessionName>`. */
  assumedRoleUser: { arn: string; assumedRoleId: string };
  sourceIdentity: string | null;
  /** Percentage of the 2,048-character session policy allowance used (AWS's `PackedPolicySize`). */
  packedPolicySize: number;
}

/**
 * Signs a role session's token, then records the session with its audit event in one statement (see
 * `sessions.create`), so that nothing is written unless the token exists, and the session and its event commit
 * together without a transaction. The session's permissions are the role's policies, capped by its boundary and by
 * the session policies; its principal tags are the role's tags overridden by the session tags
 * (`IAM/latest/UserGuide/id_session-tags.html`). The session's ARN and id are computed here, not read back.
 */
export async function startRoleSession(
  store: Store | StoreTransaction,
  tokens: TokenService,
  input: RoleSessionInput,
): Promise<RoleSessionResult> {
  const { role, sessionName } = input;
  const expiresAt = new Date(input.issuedAt.getTime() + input.durationSeconds * 1000);
  const tags = input.tags ?? [];
  const sessionId = store.sessions.newId();
  const arn = assumedRoleArn(store.partition, role.accountId, role.name, sessionName);
  const assumedRoleUser = { arn, assumedRoleId: `${role.id}:${sessionName}` };
  const principalTags = new Map(role.tags.map((t) => [t.key.toLowerCase(), t]));
  for (const tag of tags) principalTags.set(tag.key.toLowerCase(), tag);
  const issued = await tokens.issue(
    {
      sub: assumedRoleUser.assumedRoleId,
      sid: sessionId,
      arn,
      acct: role.accountId,
      ptyp: 'role',
      role: role.arn,
      ...(input.sourceIdentity === undefined ? {} : { srcid: input.sourceIdentity }),
      tags: Object.fromEntries([...principalTags.values()].map((t) => [t.key, t.value])),
      ...authenticationMethods(undefined, input.mfaAuthenticatedAt),
    },
    input.issuedAt,
    expiresAt,
  );
  await store.sessions.create(
    {
      id: sessionId,
      accountId: role.accountId,
      principalType: 'role',
      source: input.source,
      roleId: role.id,
      sessionName,
      tags,
      transitiveTagKeys: input.transitiveTagKeys ?? [],
      ...(input.sourceIdentity === undefined ? {} : { sourceIdentity: input.sourceIdentity }),
      ...(input.policy === undefined ? {} : { sessionPolicy: input.policy }),
      ...(input.policyArns === undefined ? {} : { sessionPolicyArns: input.policyArns }),
      ...(input.parentSessionId === undefined ? {} : { parentSessionId: input.parentSessionId }),
      ...(input.workloadId === undefined ? {} : { workloadId: input.workloadId }),
      ...(input.mfaAuthenticatedAt === undefined
        ? {}
        : { mfaAuthenticated: true, mfaAuthenticatedAt: input.mfaAuthenticatedAt }),
      ...(input.sourceIp === undefined ? {} : { sourceIp: input.sourceIp }),
      issuedAt: input.issuedAt,
      expiresAt,
    },
    { audit: input.audit(assumedRoleUser) },
  );
  const policyChars =
    (input.policy?.length ?? 0) + (input.policyArns ?? []).reduce((n, a) => n + a.length, 0);
  return {
    credentials: { sessionId, sessionToken: issued.token, expiration: issued.expiresAt },
    assumedRoleUser,
    sourceIdentity: input.sourceIdentity ?? null,
    packedPolicySize: Math.ceil((policyChars / 2048) * 100),
  };
}
