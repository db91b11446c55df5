import { randomBytes } from 'node:crypto';
import type { SignInAttempt, SignInCheck, SignInCredentials, Store } from '@iamgate/store';
import { describe, expect, it } from 'vitest';
import { type GetStore, newAccount } from './helpers.js';

const PASSWORD = 'User-Passw0rd!';
const HOUR = 3_600_000;

/** Statements and transactions `fn` sends. */
async function counted<T>(
  store: Store,
  fn: () => Promise<T>,
): Promise<{ value: T; statements: number; transactions: number }> {
  let transactions = 0;
  const stop = store.observe({ onTransaction: () => transactions++ });
  const before = store.queryCount();
  try {
    const value = await fn();
    return { value, statements: store.queryCount() - before, transactions };
  } finally {
    stop();
  }
}

export function signInSuite(store: GetStore) {
  describe('sign-in', () => {
    const now = new Date('2030-01-01T00:00:00.000Z');
    const limits = {
      principal: { maxAttempts: 3, windowSeconds: 900, lockoutSeconds: 900 },
      source: { maxAttempts: 5, windowSeconds: 900, lockoutSeconds: 900 },
    };
    const attempt = (credentials: SignInCredentials, sourceIp = randomIp()): SignInAttempt => ({
      credentials,
      sourceIp,
      limits,
      now,
    });
    const finish = (check: SignInCheck) => {
      if (check.outcome !== 'valid') throw new Error(`expected a valid sign-in, got ${check.outcome}`);
      const p = check.principal;
      return store().signIn.succeed(
        check.completion,
        {
          accountId: p.accountId,
          principalType: p.type,
          source: 'signIn',
          ...(p.userId === undefined ? {} : { userId: p.userId }),
          issuedAt: now,
          expiresAt: new Date(now.getTime() + HOUR),
        },
        { action: 'iamgate:SignIn', decision: 'Allow', accountId: p.accountId, principalArn: p.arn },
      );
    };

    async function userWithPassword(alias?: string) {
      const account = await newAccount(store(), alias);
      const user = await store().users.create(account.id, { name: 'Alice' });
      await store().loginProfiles.create(account.id, 'Alice', { password: PASSWORD });
      return { account, user };
    }

    it('reserves and reads in one statement, then starts the session with everything else in one more', async () => {
      const { account, user } = await userWithPassword();
      const credentials = {
        kind: 'user' as const,
        account: account.id,
        userName: 'alice',
        password: PASSWORD,
      };
      const checked = await counted(store(), () => store().signIn.check(attempt(credentials)));
      expect(checked).toMatchObject({
        statements: 1,
        transactions: 0,
        value: { outcome: 'valid', attempts: 1 },
      });
      const started = await counted(store(), () => finish(checked.value));
      expect([started.statements, started.transactions]).toEqual([1, 0]);
      const { session } = started.value;
      expect(session.principalArn).toBe(user.arn);
      expect((await store().users.getById(account.id, user.id)).passwordLastUsed).toEqual(now);
      const audited = await store().audit.list({ accountId: account.id, action: 'iamgate:SignIn' });
      expect(audited.edges.map((e) => e.node.decision)).toEqual(['Allow']);
      // A failure is one statement too (its audit event is the caller's second).
      const failed = await counted(store(), () =>
        store().signIn.check(attempt({ ...credentials, password: 'Wrong-Passw0rd!' })),
      );
      expect(failed).toMatchObject({ statements: 1, value: { outcome: 'invalid', attempts: 1 } });
    });

    it('counts the account id and alias and any case of the name as one principal, existing or not', async () => {
      const alias = `corp-${randomBytes(3).toString('hex')}`;
      const { account, user } = await userWithPassword(alias);
      const wrong = (acct: string, userName: string) =>
        store().signIn.check(attempt({ kind: 'user', account: acct, userName, password: 'Wrong-Passw0rd!' }));
      expect(await wrong(account.id, 'alice')).toMatchObject({
        outcome: 'invalid',
        attempts: 1,
        attempted: { accountId: account.id, principalArn: user.arn, name: 'Alice' },
      });
      expect(await wrong(alias.toUpperCase(), 'ALICE')).toMatchObject({ outcome: 'invalid', attempts: 2 });
      expect(await wrong(` ${alias}`, 'Alice')).toMatchObject({ outcome: 'invalid', attempts: 3 });
      const locked = await store().signIn.check(
        attempt({ kind: 'user', account: account.id, userName: 'alice', password: PASSWORD }),
      );
      expect(locked).toMatchObject({ outcome: 'locked', scope: 'principal', attempts: 4 });
      expect(locked.outcome === 'locked' && locked.retryAt).toEqual(new Date(now.getTime() + 900_000));
      // A name in an account that does not exist is counted by what was typed, and named nobody.
      const ghost = `ghost-${randomBytes(3).toString('hex')}`;
      expect(await wrong(ghost, 'x')).toMatchObject({
        outcome: 'invalid',
        attempts: 1,
        attempted: { accountId: null, principalArn: null, name: null },
      });
      expect(await wrong(ghost.toUpperCase(), 'X')).toMatchObject({ attempts: 2 });
    });

    it('counts an attempt on the source address only when the principal may try, and gives it back on success', async () => {
      const { account } = await userWithPassword();
      const ip = randomIp();
      const credentials = {
        kind: 'user' as const,
        account: account.id,
        userName: 'alice',
        password: PASSWORD,
      };
      for (let i = 0; i < 4; i++) {
        await store().signIn.check(attempt({ ...credentials, userName: `nobody${i}` }, ip));
      }
      // The source has 4 of 5: a success uses the fifth and gives it back.
      await finish(await store().signIn.check(attempt(credentials, ip)));
      expect(await store().signIn.check(attempt({ ...credentials, userName: 'nobody9' }, ip))).toMatchObject({
        outcome: 'invalid',
      });
      // 5 of 5 now: the next address attempt is refused, and the principal's reservation is given back.
      const refused = await store().signIn.check(attempt(credentials, ip));
      expect(refused).toMatchObject({ outcome: 'locked', scope: 'source', attempts: 6 });
      expect(await store().signIn.check(attempt(credentials))).toMatchObject({
        outcome: 'valid',
        attempts: 1,
      });
    });

    it('signs in the root user and access keys, and refuses inactive keys and unknown e-mails alike', async () => {
      const account = await newAccount(store());
      const root = await store().signIn.check(
        attempt({ kind: 'root', email: account.rootEmail.toUpperCase(), password: 'Root-Passw0rd!' }),
      );
      expect(root).toMatchObject({ outcome: 'valid', principal: { type: 'root', id: account.id } });
      await finish(root);
      expect((await store().accounts.get(account.id)).rootPasswordLastUsed).toEqual(now);
      expect(
        await store().signIn.check(attempt({ kind: 'root', email: 'nobody@example.com', password: 'x' })),
      ).toMatchObject({ outcome: 'invalid', attempted: { accountId: null, name: null } });

      const user = await store().users.create(account.id, { name: 'keyed' });
      const key = await store().accessKeys.create(account.id, 'keyed');
      const byKey = {
        kind: 'accessKey' as const,
        accessKeyId: key.accessKeyId,
        secretAccessKey: key.secretAccessKey,
      };
      const valid = await store().signIn.check(attempt(byKey));
      expect(valid).toMatchObject({ outcome: 'valid', principal: { type: 'user', id: user.id } });
      await finish(valid);
      const used = await store().accessKeys.get(account.id, key.accessKeyId);
      expect([used.lastUsedAt, used.lastUsedAction]).toEqual([now, 'iamgate:SignIn']);
      await store().accessKeys.updateStatus(account.id, 'keyed', key.accessKeyId, 'Inactive');
      expect(await store().signIn.check(attempt(byKey))).toMatchObject({
        outcome: 'invalid',
        attempted: { accountId: null, principalArn: null, name: key.accessKeyId },
      });
    });

    it('writes nothing when the principal is gone by the time the session is recorded', async () => {
      const { account, user } = await userWithPassword();
      const ip = randomIp();
      const credentials = {
        kind: 'user' as const,
        account: account.id,
        userName: 'alice',
        password: PASSWORD,
      };
      const check = await store().signIn.check(attempt(credentials, ip));
      await store().loginProfiles.delete(account.id, 'Alice');
      await store().users.delete(account.id, 'Alice');
      await expect(finish(check)).rejects.toMatchObject({ code: 'NoSuchEntity' });
      expect((await store().sessions.list(account.id, { userId: user.id })).edges).toHaveLength(0);
      expect(
        (await store().audit.list({ accountId: account.id, action: 'iamgate:SignIn' })).edges,
      ).toHaveLength(0);
      // Nor was the principal's count reset: the reserved attempt still counts.
      expect(await store().signIn.check(attempt(credentials, ip))).toMatchObject({ attempts: 2 });
    });
  });
}

function randomIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}
