import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { openStore, type StoreOptions } from '@iamgate/store';
import { createTestDatabase, type TestDriver, testDrivers } from '@iamgate/store/testing';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { MIN_ARGON2 } from '../src/secrets/argon2id.js';
import { hashScrypt } from '../src/secrets/scrypt.js';

/** The cheapest accepted costs, as in `createTestStore`. */
const HASHING = { passwordHashing: { logN: 14, r: 8, p: 1, argon2: MIN_ARGON2 } } satisfies StoreOptions;

/**
 * Raw statements on the database behind a closed (PGlite) or open (Postgres) store, as a DBA would run them, and
 * their rows. They go together through one connection: opening a PGlite data directory costs seconds.
 */
type Raw = (statements: [statement: string, params: string[]][]) => Promise<Record<string, unknown>[][]>;

/** A database the test can open a store on, reach with raw SQL, and drop. */
async function database(driver: TestDriver) {
  if (driver === 'postgres') {
    const db = await createTestDatabase();
    const raw: Raw = async (statements) => {
      const client = postgres(db.url, { max: 1, onnotice: () => {} });
      try {
        const results: Record<string, unknown>[][] = [];
        for (const [statement, params] of statements)
          results.push([...(await client.unsafe(statement, params))]);
        return results;
      } finally {
        await client.end({ timeout: 5 });
      }
    };
    return { options: { databaseUrl: db.url }, raw, drop: db.drop };
  }
  const dir = await mkdtemp(join(tmpdir(), 'iamgate-upgrade-'));
  const dataDir = join(dir, 'data');
  const raw: Raw = async (statements) => {
    const pg = await PGlite.create(dataDir);
    try {
      const results: Record<string, unknown>[][] = [];
      for (const [statement, params] of statements) {
        results.push((await pg.query<Record<string, unknown>>(statement, params)).rows);
      }
      return results;
    } finally {
      await pg.close();
    }
  };
  return { options: { dataDir }, raw, drop: () => rm(dir, { recursive: true, force: true }) };
}

describe.each(testDrivers())('password hashes of earlier versions on %s', (driver) => {
  it('keep verifying, and are re-hashed with Argon2id at the next successful sign-in', async () => {
    const db = await database(driver);
    try {
      let store = await openStore({ ...db.options, ...HASHING });
      const account = await store.accounts.create({
        rootEmail: 'old@example.com',
        rootPassword: 'Old-root-Passw0rd',
      });
      const user = await store.users.create(account.id, { name: 'old' });
      await store.loginProfiles.create(account.id, 'old', { password: 'Old-user-Passw0rd' });
      await store.close();

      // What a gateway before Argon2id left behind: scrypt hashes everywhere.
      const scryptUser = await hashScrypt('Old-user-Passw0rd', { logN: 14, r: 8, p: 1 });
      const scryptRoot = await hashScrypt('Old-root-Passw0rd', { logN: 14, r: 8, p: 1 });
      await db.raw([
        ['update login_profiles set password_hash = $1 where user_id = $2', [scryptUser, user.id]],
        ['update password_history set password_hash = $1 where user_id = $2', [scryptUser, user.id]],
        ['update accounts set root_password_hash = $1 where id = $2', [scryptRoot, account.id]],
      ]);

      store = await openStore({ ...db.options, ...HASHING });
      expect(await store.loginProfiles.verify(account.id, 'old', 'Wrong-user-Passw0rd')).toBeNull();
      expect(await store.accounts.verifyRootPassword('old@example.com', 'Wrong-root-Passw0rd')).toBeNull();
      const before = await hashes(db.raw, user.id, account.id);
      expect(before).toEqual({ profile: scryptUser, history: [scryptUser], root: scryptRoot });

      expect((await store.loginProfiles.verify(account.id, 'old', 'Old-user-Passw0rd'))?.user.id).toBe(
        user.id,
      );
      expect((await store.accounts.verifyRootPassword('OLD@example.com', 'Old-root-Passw0rd'))?.id).toBe(
        account.id,
      );
      if (driver === 'pglite') await store.close();
      const after = await hashes(db.raw, user.id, account.id);
      const argon2id = /^\$argon2id\$v=19\$m=7168,t=1,p=1\$/;
      expect(after.profile).toMatch(argon2id);
      expect(after.history).toEqual([after.profile]);
      expect(after.root).toMatch(argon2id);

      if (driver === 'pglite') store = await openStore({ ...db.options, ...HASHING });
      expect(await store.loginProfiles.verify(account.id, 'old', 'Old-user-Passw0rd')).not.toBeNull();
      expect(await store.accounts.verifyRootPassword('old@example.com', 'Old-root-Passw0rd')).not.toBeNull();
      // The previous (scrypt) password still counts for reuse prevention.
      await store.passwordPolicy.update(account.id, { passwordReusePrevention: 2 });
      await expect(
        store.loginProfiles.update(account.id, 'old', { password: 'Old-user-Passw0rd' }),
      ).rejects.toMatchObject({ code: 'PasswordPolicyViolation', details: { violations: ['reused'] } });
      await store.close();
    } finally {
      await db.drop();
    }
  });

  it('are re-hashed by the sign-in that starts a session (store.signIn), in its one statement', async () => {
    const db = await database(driver);
    try {
      let store = await openStore({ ...db.options, ...HASHING });
      const account = await store.accounts.create({
        rootEmail: 'old@example.com',
        rootPassword: 'Old-root-Passw0rd',
      });
      const user = await store.users.create(account.id, { name: 'old' });
      await store.loginProfiles.create(account.id, 'old', { password: 'Old-user-Passw0rd' });
      await store.close();
      const scryptUser = await hashScrypt('Old-user-Passw0rd', { logN: 14, r: 8, p: 1 });
      const scryptRoot = await hashScrypt('Old-root-Passw0rd', { logN: 14, r: 8, p: 1 });
      await db.raw([
        ['update login_profiles set password_hash = $1 where user_id = $2', [scryptUser, user.id]],
        ['update password_history set password_hash = $1 where user_id = $2', [scryptUser, user.id]],
        ['update accounts set root_password_hash = $1 where id = $2', [scryptRoot, account.id]],
      ]);

      store = await openStore({ ...db.options, ...HASHING });
      const now = new Date();
      const rule = { maxAttempts: 5, windowSeconds: 900, lockoutSeconds: 900 };
      for (const credentials of [
        { kind: 'user' as const, account: account.id, userName: 'old', password: 'Old-user-Passw0rd' },
        { kind: 'root' as const, email: 'old@example.com', password: 'Old-root-Passw0rd' },
      ]) {
        const check = await store.signIn.check({
          credentials,
          sourceIp: '10.0.0.1',
          limits: { principal: rule, source: rule },
          now,
        });
        if (check.outcome !== 'valid') throw new Error(`expected a valid sign-in, got ${check.outcome}`);
        expect(check.completion.rehash?.stored).toBe(credentials.kind === 'user' ? scryptUser : scryptRoot);
        const p = check.principal;
        await store.signIn.succeed(
          check.completion,
          {
            accountId: p.accountId,
            principalType: p.type,
            source: 'signIn',
            ...(p.userId === undefined ? {} : { userId: p.userId }),
            issuedAt: now,
            expiresAt: new Date(now.getTime() + 3_600_000),
          },
          { action: 'iamgate:SignIn', decision: 'Allow' },
        );
      }
      await store.close();
      const after = await hashes(db.raw, user.id, account.id);
      const argon2id = /^\$argon2id\$v=19\$m=7168,t=1,p=1\$/;
      expect(after.profile).toMatch(argon2id);
      expect(after.history).toEqual([after.profile]);
      expect(after.root).toMatch(argon2id);
    } finally {
      await db.drop();
    }
  });
});

async function hashes(raw: Raw, userId: string, accountId: string) {
  const [profiles = [], history = [], roots = []] = await raw([
    ['select password_hash from login_profiles where user_id = $1', [userId]],
    ['select password_hash from password_history where user_id = $1', [userId]],
    ['select root_password_hash from accounts where id = $1', [accountId]],
  ]);
  return {
    profile: profiles[0]?.password_hash,
    history: history.map((h) => h.password_hash),
    root: roots[0]?.root_password_hash,
  };
}
