import { describe, expect, it } from 'vitest';
import { allow, expectCode, type GetStore, newAccount, trust } from './helpers.js';

const HOUR = 3_600_000;

export function sessionsSuite(store: GetStore) {
  describe('sessions', () => {
    it('records a role session with its tags and session policies', async () => {
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, {
        name: 'Reader',
        path: '/app/',
        assumeRolePolicyDocument: trust(acct),
      });
      const managed = await store().policies.create(acct, { name: 'sp', document: allow('s3:GetObject') });
      const now = new Date();
      const { session, secret } = await store().sessions.create({
        accountId: acct,
        principalType: 'role',
        source: 'assumeRole',
        roleId: role.id,
        sessionName: 'ci@build-7',
        sourceIdentity: 'alice',
        tags: [{ key: 'project', value: 'x' }],
        transitiveTagKeys: ['project'],
        sessionPolicy: allow('s3:*'),
        sessionPolicyArns: [managed.arn],
        expiresAt: new Date(now.getTime() + HOUR),
        withSecret: true,
      });
      expect(session.id).toMatch(/^ASIA[A-Z0-9]{16}$/);
      expect(session.principalArn).toBe(`arn:iamgate:sts::${acct}:assumed-role/Reader/ci@build-7`);
      expect(session.roleArn).toBe(role.arn);
      expect(session).toMatchObject({
        sourceIdentity: 'alice',
        transitiveTagKeys: ['project'],
        sessionPolicyArns: [managed.arn],
      });
      expect(secret).toHaveLength(40);
      expect(await store().sessions.verifySecret(session.id, secret as string)).toBe(true);
      expect(await store().sessions.verifySecret(session.id, 'wrong')).toBe(false);
      expect(await store().sessions.get(acct, session.id)).toEqual(session);
      expect(await store().sessions.getActive(acct, session.id)).toEqual(session);
      expect(
        await store().sessions.getActive(acct, session.id, new Date(now.getTime() + 2 * HOUR)),
      ).toBeNull();
    });

    // STS/latest/APIReference/API_AssumeRole.html: RoleSessionName 2-64 of [\w+=,.@-], up to 50 tags, 10 policy ARNs
    it('validates session names, tags, policies and times', async () => {
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const base = {
        accountId: acct,
        principalType: 'role' as const,
        source: 'assumeRole' as const,
        roleId: role.id,
        expiresAt: new Date(Date.now() + HOUR),
      };
      await expectCode(store().sessions.create({ ...base, sessionName: 'x' }), 'InvalidInput');
      await expectCode(store().sessions.create({ ...base, sessionName: 'has space' }), 'InvalidInput');
      await expectCode(store().sessions.create({ ...base }), 'InvalidInput');
      const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: 'v' }));
      await expectCode(store().sessions.create({ ...base, sessionName: 'ok', tags }), 'LimitExceeded');
      const arns = Array.from({ length: 11 }, (_, i) => `arn:iamgate:iam::${acct}:policy/p${i}`);
      await expectCode(
        store().sessions.create({ ...base, sessionName: 'ok', sessionPolicyArns: arns }),
        'LimitExceeded',
      );
      await expectCode(
        store().sessions.create({ ...base, sessionName: 'ok', sessionPolicyArns: [arns[0] as string] }),
        'NoSuchEntity',
      );
      await expectCode(
        store().sessions.create({ ...base, sessionName: 'ok', sessionPolicy: '{"Statement":[]' }),
        'MalformedPolicyDocument',
      );
      await expectCode(
        store().sessions.create({ ...base, sessionName: 'ok', expiresAt: new Date(0) }),
        'InvalidInput',
      );
    });

    it('records a session with its audit event and the role use in one statement, without a transaction', async () => {
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const managed = await store().policies.create(acct, { name: 'sp', document: allow('s3:GetObject') });
      let transactions = 0;
      const stop = store().observe({ onTransaction: () => transactions++ });
      const before = store().queryCount();
      const issuedAt = new Date();
      const { session } = await store().sessions.create(
        {
          accountId: acct,
          principalType: 'role',
          source: 'assumeRole',
          roleId: role.id,
          sessionName: 'one',
          sessionPolicyArns: [managed.arn],
          issuedAt,
          expiresAt: new Date(issuedAt.getTime() + HOUR),
        },
        {
          audit: {
            action: 'sts:AssumeRole',
            decision: 'Allow',
            resource: role.arn,
            requestId: 'one-statement',
          },
        },
      );
      expect([store().queryCount() - before, transactions]).toEqual([1, 0]);
      stop();
      const audited = await store().audit.list({ accountId: acct, action: 'sts:AssumeRole' });
      expect(audited.edges.map((e) => [e.node.requestId, e.node.resource])).toEqual([
        ['one-statement', role.arn],
      ]);
      expect((await store().roles.getById(acct, role.id)).lastUsedAt).toEqual(issuedAt);
      expect(await store().sessions.get(acct, session.id)).toEqual(session);
    });

    it('writes neither the session nor its audit event when its role, user or policies are not of its account', async () => {
      const { id: acct } = await newAccount(store());
      const { id: other } = await newAccount(store());
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const foreign = await store().roles.create(other, {
        name: 'r',
        assumeRolePolicyDocument: trust(other),
      });
      const user = await store().users.create(other, { name: 'u' });
      const base = {
        accountId: acct,
        principalType: 'role' as const,
        source: 'assumeRole' as const,
        roleId: role.id,
        sessionName: 'refused',
        expiresAt: new Date(Date.now() + HOUR),
      };
      const audit = { audit: { action: 'sts:AssumeRole', decision: 'Allow' as const } };
      const deleted = await store().policies.create(acct, { name: 'gone', document: allow('s3:GetObject') });
      await store().policies.delete(acct, deleted.arn);
      const refusals = [
        { ...base, roleId: foreign.id },
        { ...base, principalType: 'user' as const, roleId: undefined, userId: user.id },
        { ...base, sessionPolicyArns: [deleted.arn] },
        { ...base, sessionPolicyArns: [`arn:iamgate:iam::${other}:policy/p`] },
      ];
      for (const input of refusals) await expectCode(store().sessions.create(input, audit), 'NoSuchEntity');
      expect((await store().sessions.list(acct)).edges).toHaveLength(0);
      expect((await store().audit.list({ accountId: acct, action: 'sts:AssumeRole' })).edges).toHaveLength(0);
      expect((await store().roles.getById(other, foreign.id)).lastUsedAt).toBeNull();
    });

    // IAM/latest/APIReference/API_RoleLastUsed.html: a date over a trailing period, not a record of every call.
    it('notes the role use at most once a minute', async () => {
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const t0 = Date.parse('2030-01-01T00:00:00Z');
      const assumeAt = (ms: number) =>
        store().sessions.create({
          accountId: acct,
          principalType: 'role',
          source: 'assumeRole',
          roleId: role.id,
          sessionName: 'often',
          issuedAt: new Date(ms),
          expiresAt: new Date(ms + HOUR),
        });
      const lastUsed = async () => (await store().roles.getById(acct, role.id)).lastUsedAt?.getTime();
      await assumeAt(t0);
      expect(await lastUsed()).toBe(t0);
      await assumeAt(t0 + 59_000);
      expect(await lastUsed()).toBe(t0);
      await assumeAt(t0 + 61_000);
      expect(await lastUsed()).toBe(t0 + 61_000);
    });

    // A role held by another writer must not hold up its sessions: the use is simply not noted this time. PGlite has
    // one connection, on which a statement waits for any open transaction, so this is Postgres only.
    it('skips noting the role use while another transaction holds the role row', async () => {
      if (store().driver !== 'postgres') return;
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const t0 = Date.parse('2030-01-01T00:00:00Z');
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let locked!: () => void;
      const isLocked = new Promise<void>((resolve) => {
        locked = resolve;
      });
      const holder = store().transaction(async (tx) => {
        await tx.roles.markUsed(acct, role.id, new Date(t0));
        locked();
        await held;
      });
      await isLocked;
      const { session } = await store().sessions.create({
        accountId: acct,
        principalType: 'role',
        source: 'assumeRole',
        roleId: role.id,
        sessionName: 'busy',
        issuedAt: new Date(t0 + 120_000),
        expiresAt: new Date(t0 + 120_000 + HOUR),
      });
      release();
      await holder;
      expect((await store().roles.getById(acct, role.id)).lastUsedAt?.getTime()).toBe(t0);
      expect((await store().sessions.get(acct, session.id)).roleId).toBe(role.id);
    });

    // IAM/latest/UserGuide/id_roles_use_revoke-sessions.html: revoke sessions issued before now
    it('revokes with a session every session derived from it, to any depth, and nothing else', async () => {
      const { id: acct } = await newAccount(store());
      const user = await store().users.create(acct, { name: 'u' });
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const expiresAt = new Date(Date.now() + HOUR);
      const signIn = (
        await store().sessions.create({
          accountId: acct,
          principalType: 'user',
          source: 'signIn',
          userId: user.id,
          expiresAt,
        })
      ).session;
      const derived = async (parent: string, source: 'getSessionToken' | 'assumeRole') =>
        (
          await store().sessions.create({
            accountId: acct,
            principalType: source === 'assumeRole' ? 'role' : 'user',
            source,
            ...(source === 'assumeRole' ? { roleId: role.id, sessionName: 'chain' } : { userId: user.id }),
            parentSessionId: parent,
            expiresAt,
          })
        ).session;
      const token = await derived(signIn.id, 'getSessionToken');
      const assumed = await derived(token.id, 'assumeRole');
      const chained = await derived(assumed.id, 'assumeRole');
      const sibling = (
        await store().sessions.create({
          accountId: acct,
          principalType: 'user',
          source: 'signIn',
          userId: user.id,
          expiresAt,
        })
      ).session;
      await store().sessions.revoke(acct, token.id);
      for (const id of [token.id, assumed.id, chained.id])
        expect(await store().sessions.getActive(acct, id)).toBeNull();
      for (const id of [signIn.id, sibling.id])
        expect(await store().sessions.getActive(acct, id)).not.toBeNull();
      // Revoking the user's sessions counts what derived from them too.
      expect(await store().sessions.revokeUserSessions(acct, user.id)).toBe(2);
    });

    it('revokes one session, or every session of a role issued before a time', async () => {
      const { id: acct } = await newAccount(store());
      const role = await store().roles.create(acct, { name: 'r', assumeRolePolicyDocument: trust(acct) });
      const t0 = Date.now();
      const make = async (issuedAt: number) =>
        (
          await store().sessions.create({
            accountId: acct,
            principalType: 'role',
            source: 'assumeRole',
            roleId: role.id,
            sessionName: 'sn',
            issuedAt: new Date(issuedAt),
            expiresAt: new Date(issuedAt + HOUR),
          })
        ).session;
      const old1 = await make(t0 - 2000);
      const old2 = await make(t0 - 1000);
      const fresh = await make(t0 + 60_000);
      const revision = await store().revisions.get(acct);
      expect(await store().sessions.revokeRoleSessions(acct, role.arn, new Date(t0))).toBe(2);
      expect(await store().revisions.get(acct)).toBe(revision + 1);
      expect(await store().sessions.getActive(acct, old1.id, new Date(t0))).toBeNull();
      expect(await store().sessions.getActive(acct, old2.id, new Date(t0))).toBeNull();
      expect(await store().sessions.getActive(acct, fresh.id, new Date(t0 + 60_000))).not.toBeNull();
      await store().sessions.revoke(acct, fresh.id);
      expect((await store().sessions.get(acct, fresh.id)).revokedAt).toBeInstanceOf(Date);
      await expectCode(store().sessions.revoke(acct, 'ASIANOPE'), 'NoSuchEntity');
      await expectCode(
        store().sessions.revokeRoleSessions(acct, `arn:iamgate:iam::${acct}:role/ghost`),
        'NoSuchEntity',
      );
      const listed = await store().sessions.list(acct, { roleId: role.id, first: 2 });
      expect(listed.edges.map((e) => e.node.id)).toEqual([fresh.id, old2.id]);
      const more = await store().sessions.list(acct, { roleId: role.id, after: listed.pageInfo.endCursor });
      expect(more.edges.map((e) => e.node.id)).toEqual([old1.id]);
      // Oldest first, in bounded batches: one session per call with a limit of 1, until none is left.
      expect(await store().sessions.deleteExpired(new Date(t0 + 10 * HOUR), 1)).toBe(1);
      let removed = 1;
      for (let batch = await store().sessions.deleteExpired(new Date(t0 + 10 * HOUR), 1); batch > 0; ) {
        removed += batch;
        batch = await store().sessions.deleteExpired(new Date(t0 + 10 * HOUR), 1);
      }
      expect(removed).toBeGreaterThanOrEqual(3);
      expect(await store().sessions.deleteExpired(new Date(t0 + 10 * HOUR))).toBe(0);
      await expectCode(store().sessions.get(acct, old1.id), 'NoSuchEntity');
    });

    it('records user and root sessions and revokes a user’s sessions', async () => {
      const { id: acct } = await newAccount(store());
      const user = await store().users.create(acct, { name: 'u' });
      const expiresAt = new Date(Date.now() + HOUR);
      const userSession = (
        await store().sessions.create({
          accountId: acct,
          principalType: 'user',
          source: 'signIn',
          userId: user.id,
          expiresAt,
        })
      ).session;
      expect(userSession.principalArn).toBe(user.arn);
      const rootSession = (
        await store().sessions.create({ accountId: acct, principalType: 'root', source: 'signIn', expiresAt })
      ).session;
      expect(rootSession.principalArn).toBe(`arn:iamgate:iam::${acct}:root`);
      await expectCode(
        store().sessions.create({ accountId: acct, principalType: 'user', source: 'signIn', expiresAt }),
        'InvalidInput',
      );
      expect(await store().sessions.revokeUserSessions(acct, user.id)).toBe(1);
      expect(await store().sessions.getActive(acct, userSession.id)).toBeNull();
    });
  });
}
