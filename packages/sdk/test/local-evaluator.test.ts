import { testClock } from '@iamgate/gateway/testing';
import { describe, expect, it } from 'vitest';
import { Freshness } from '../src/local/freshness.js';
import { SessionCache, type SessionInfo } from '../src/local/session-cache.js';
import { type PolicySnapshot, SnapshotIndex } from '../src/local/snapshot-index.js';

const ACCOUNT = '123456789012';
const arn = (resource: string) => `arn:iamgate:iam::${ACCOUNT}:${resource}`;

function entry(
  principalArn: string,
  ids: string[],
  more: Partial<PolicySnapshot['principals'][number]> = {},
) {
  return {
    principalArn,
    principalType: 'user',
    sessionId: null,
    groups: [],
    tags: [],
    identity: ids.map((id) => ({ id, document: '{"Statement":[]}' })),
    permissionsBoundary: null,
    session: [],
    guardrails: [],
    organization: null,
    revision: 7,
    ...more,
  };
}

const snapshot: PolicySnapshot = {
  accountId: ACCOUNT,
  generatedAt: '2030-01-01T00:00:00.000Z',
  revision: 7,
  resourcePolicies: [],
  principals: [
    entry(arn('user/alice'), ['alice-policy']),
    entry(arn('role/ops/Deployer'), ['deployer-policy'], { principalType: 'role' }),
    entry(arn('user/alice'), ['alice-policy'], {
      principalType: 'session',
      sessionId: 'ASIA-RESET',
      session: [{ id: 'session/ASIA-RESET/inline', document: '{"Statement":[]}' }],
    }),
  ],
  revokedSessions: [
    {
      sessionId: 'ASIA-GONE',
      principalArn: arn('user/alice'),
      revokedAt: '2030-01-01T00:00:00.000Z',
      expiresAt: '2030-01-01T01:00:00.000Z',
    },
  ],
};

const ids = (set: ReturnType<SnapshotIndex['policiesFor']>) =>
  set?.policies.identity?.map((p) => (p as { id: string }).id);

describe('SnapshotIndex', () => {
  const index = new SnapshotIndex(snapshot, true);

  it("finds users by ARN, a session's own entry by id, and role sessions by their role", () => {
    expect(ids(index.policiesFor({ arn: arn('user/alice') }))).toEqual(['alice-policy']);
    expect(index.sessionEntry('ASIA-RESET')?.policies.session).toHaveLength(1);
    expect(
      index.policiesFor({ arn: arn('user/alice'), sessionId: 'ASIA-RESET' })?.policies.session,
    ).toHaveLength(1);
    const session = `arn:iamgate:sts::${ACCOUNT}:assumed-role/Deployer/ci`;
    expect(ids(index.policiesFor({ arn: session }))).toEqual(['deployer-policy']);
    expect(ids(index.policiesFor({ arn: session, roleArn: arn('role/ops/Deployer') }))).toEqual([
      'deployer-policy',
    ]);
  });

  it('gives one PolicySet object per principal, so that compiled policies are cached by identity', () => {
    expect(index.policiesFor({ arn: arn('user/alice') })).toBe(index.policiesFor({ arn: arn('user/alice') }));
  });

  it('gives a principal it does not name no policies, or nothing when it follows one principal', () => {
    expect(index.policiesFor({ arn: arn('user/mallory') })).toMatchObject({ policies: {}, revision: 7 });
    expect(new SnapshotIndex(snapshot, false).policiesFor({ arn: arn('user/mallory') })).toBeUndefined();
  });

  it('knows revoked sessions until their tokens expire', () => {
    expect(index.isRevoked('ASIA-GONE', new Date('2030-01-01T00:30:00Z'))).toBe(true);
    expect(index.isRevoked('ASIA-GONE', new Date('2030-01-01T01:00:00Z'))).toBe(false);
    expect(index.isRevoked('ASIA-OTHER', new Date('2030-01-01T00:30:00Z'))).toBe(false);
  });
});

describe('Freshness', () => {
  it('is current while connected and caught up, and stale once in doubt for longer than the bound', () => {
    const clock = testClock();
    const freshness = new Freshness(5_000, clock.now);
    expect(freshness.staleReason()).toBe('no policy snapshot has been loaded yet');
    freshness.connected(true);
    freshness.announce(3);
    freshness.loaded(3);
    expect(freshness.staleReason()).toBeUndefined();
    freshness.announce(4);
    clock.advance(5);
    expect(freshness.staleReason()).toBeUndefined();
    clock.advance(0.001);
    expect(freshness.staleReason()).toContain('revision 4 is not loaded');
    freshness.loaded(4);
    expect(freshness.staleReason()).toBeUndefined();
    freshness.connected(false);
    clock.advance(6);
    expect(freshness.staleReason()).toContain('the revision stream is down');
    freshness.connected(true);
    expect(freshness.staleReason()).toBeUndefined();
  });

  it('with a bound of 0, is stale as soon as currency is in doubt', () => {
    const clock = testClock();
    const freshness = new Freshness(0, clock.now);
    freshness.connected(true);
    freshness.announce(1);
    freshness.loaded(1);
    freshness.announce(2);
    clock.advance(0.001);
    expect(freshness.staleReason()).toBeDefined();
  });
});

describe('SessionCache', () => {
  const info = (hasSessionPolicies: boolean, revision: number): SessionInfo => ({
    hasSessionPolicies,
    set: { policies: {}, revision },
  });

  it('looks a session up once, shared by concurrent callers, and again only when it has session policies and the revision moved', async () => {
    const loads: string[] = [];
    let revision = 5;
    const cache = new SessionCache(async (id) => {
      loads.push(id);
      return info(id === 'narrowed', revision);
    });
    await Promise.all([cache.get('plain', 5), cache.get('plain', 5), cache.get('narrowed', 5)]);
    expect(loads).toEqual(['plain', 'narrowed']);
    revision = 6;
    await cache.get('plain', 6);
    expect((await cache.get('narrowed', 6)).set.revision).toBe(6);
    expect(loads).toEqual(['plain', 'narrowed', 'narrowed']);
  });

  it('forgets failed lookups and the least recently met sessions', async () => {
    const loads: string[] = [];
    let fail = true;
    const cache = new SessionCache(async (id) => {
      loads.push(id);
      if (fail) throw new Error('down');
      return info(false, 1);
    }, 2);
    await expect(cache.get('a', 1)).rejects.toThrow('down');
    fail = false;
    await cache.get('a', 1);
    await cache.get('b', 1);
    await cache.get('c', 1);
    await cache.get('a', 1);
    expect(loads).toEqual(['a', 'a', 'b', 'c', 'a']);
  });
});
