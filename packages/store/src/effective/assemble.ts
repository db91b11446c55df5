import { assumedRoleArn, iamArn, rootArn } from '../arn.js';
import type { Tag } from '../schema/columns.js';
import { assembleGuardrails } from './assemble-guardrails.js';
import type {
  EffectivePolicies,
  EffectivePolicy,
  EffectiveSession,
  PolicySource,
  PrincipalRef,
} from './types.js';

/** A row of the effective-policy statement (see `effective-sql.ts`). */
export interface Row extends Record<string, unknown> {
  part: string;
  owner_name: string | null;
  policy_name: string | null;
  policy_path: string | null;
  version_id: string | null;
  document: string | null;
  extra: string | null;
}

const PART_ORDER = [
  'head',
  'boundary',
  'userInline',
  'userManaged',
  'roleInline',
  'roleManaged',
  'group',
  'groupInline',
  'groupManaged',
  'sessionManaged',
];

/** Turns the statement's rows into `EffectivePolicies`: ARNs, policy ids, session data and merged tags. */
export function assemble(p: string, kind: PrincipalRef['kind'], head: Row, rows: Row[]): EffectivePolicies {
  const extra = JSON.parse(head.extra as string) as Record<string, unknown>;
  const accountId = String(extra.accountId);
  const ownTags = (extra.tags as Tag[] | null) ?? [];
  const principalType =
    (extra.principalType as 'root' | 'user' | 'role' | undefined) ?? (kind === 'role' ? 'role' : 'user');
  const name = head.owner_name ?? '';
  const path = head.policy_path ?? '/';
  const managedArn = (r: Row) => iamArn(p, accountId, 'policy', r.policy_path ?? '/', r.policy_name ?? '');
  const identity: EffectivePolicy[] = [];
  const session: EffectivePolicy[] = [];
  const groups: { name: string; arn: string }[] = [];
  let permissionsBoundary: EffectivePolicy | null = null;
  // UNION ALL has no order; sort so results (and decisions' matched-statement lists) are deterministic.
  const sorted = [...rows].sort(
    (a, b) =>
      PART_ORDER.indexOf(a.part) - PART_ORDER.indexOf(b.part) ||
      (a.owner_name ?? '').localeCompare(b.owner_name ?? '') ||
      (a.policy_name ?? '').localeCompare(b.policy_name ?? ''),
  );
  for (const r of sorted) {
    const document = r.document ?? '';
    switch (r.part) {
      case 'boundary':
        permissionsBoundary = {
          id: managedArn(r),
          document,
          source: {
            type: 'managed',
            policyArn: managedArn(r),
            versionId: r.version_id ?? '',
            via: principalType === 'role' ? 'role' : 'user',
          },
        };
        break;
      case 'group':
        groups.push({
          name: r.owner_name ?? '',
          arn: iamArn(p, accountId, 'group', r.policy_path ?? '/', r.owner_name ?? ''),
        });
        break;
      case 'userInline':
      case 'groupInline':
      case 'roleInline': {
        const ownerKind = r.part.slice(0, -'Inline'.length) as 'user' | 'group' | 'role';
        identity.push({
          id: `${ownerKind}/${r.owner_name}/inline/${r.policy_name}`,
          document,
          source: {
            type: 'inline',
            ownerKind,
            ownerName: r.owner_name ?? '',
            policyName: r.policy_name ?? '',
          },
        });
        break;
      }
      case 'userManaged':
      case 'groupManaged':
      case 'roleManaged': {
        const via = r.part.slice(0, -'Managed'.length) as 'user' | 'group' | 'role';
        const arn = managedArn(r);
        const source: PolicySource = { type: 'managed', policyArn: arn, versionId: r.version_id ?? '', via };
        if (via === 'group' && r.owner_name) source.ownerName = r.owner_name;
        identity.push({ id: arn, document, source });
        break;
      }
      case 'sessionManaged': {
        const arn = managedArn(r);
        session.push({
          id: arn,
          document,
          source: { type: 'managed', policyArn: arn, versionId: r.version_id ?? '', via: 'session' },
        });
        break;
      }
    }
  }
  let sessionInfo: EffectiveSession | null = null;
  let principalArn =
    principalType === 'role'
      ? iamArn(p, accountId, 'role', path, name)
      : iamArn(p, accountId, 'user', path, name);
  let principalTags = ownTags;
  if (kind === 'session') {
    sessionInfo = {
      id: String(extra.sessionId),
      principalType,
      source: String(extra.source),
      sessionName: (extra.sessionName as string | null) ?? null,
      sourceIdentity: (extra.sourceIdentity as string | null) ?? null,
      issuedAt: new Date(String(extra.issuedAt)),
      expiresAt: new Date(String(extra.expiresAt)),
      revokedAt: extra.revokedAt ? new Date(String(extra.revokedAt)) : null,
      mfaAuthenticated: extra.mfaAuthenticated === true,
      mfaAuthenticatedAt: extra.mfaAuthenticatedAt ? new Date(String(extra.mfaAuthenticatedAt)) : null,
    };
    if (typeof extra.sessionPolicy === 'string') {
      session.unshift({
        id: `session/${sessionInfo.id}/inline`,
        document: extra.sessionPolicy,
        source: { type: 'sessionInline', sessionId: sessionInfo.id },
      });
    }
    if (principalType === 'role')
      principalArn = assumedRoleArn(p, accountId, name, sessionInfo.sessionName ?? '');
    if (principalType === 'root') principalArn = rootArn(p, accountId);
    principalTags = overrideTags(ownTags, (extra.sessionTags as Tag[] | null) ?? []);
  }
  const isRoot = principalType === 'root';
  return {
    accountId,
    revision: Number(extra.revision),
    principalArn,
    roleArn: principalType === 'role' ? iamArn(p, accountId, 'role', path, name) : null,
    isRoot,
    groups,
    identity: isRoot ? [] : identity,
    permissionsBoundary: isRoot ? null : permissionsBoundary,
    session: isRoot ? [] : session,
    principalTags,
    sessionInfo,
    ...assembleGuardrails(rows),
  };
}

/** Session tags override the principal's tags with the same key, ignoring case (`id_session-tags.html`). */
function overrideTags(own: Tag[], sessionTags: Tag[]): Tag[] {
  const keys = new Set(sessionTags.map((t) => t.key.toLowerCase()));
  return [...own.filter((t) => !keys.has(t.key.toLowerCase())), ...sessionTags];
}
