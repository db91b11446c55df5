import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type ChangeEvent, openStore, type Store, type StoreOptions } from '@iamgate/store';
import { createTestDatabase, TEST_DATABASE_ENV } from '@iamgate/store/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectCode } from './suite/helpers.js';

const JOURNAL = JSON.parse(
  await readFile(new URL('../drizzle/meta/_journal.json', import.meta.url), 'utf8'),
) as { entries: unknown[] };
const FAST_HASH = { passwordHashing: { logN: 14, r: 8, p: 1 } } satisfies StoreOptions;
const KEY_A = Buffer.alloc(32, 1).toString('base64');
const KEY_B = Buffer.alloc(32, 2).toString('hex');

const EXPECTED_TABLES = [
  'access_activity',
  'access_keys',
  'account_invitations',
  'accounts',
  'archived_findings',
  'audit_events',
  'credential_reports',
  'group_memberships',
  'groups',
  'guardrail_attachments',
  'guardrail_policies',
  'handshakes',
  'inline_policies',
  'login_profiles',
  'mfa_devices',
  'oidc_providers',
  'organization_accounts',
  'organizational_units',
  'organizations',
  'password_history',
  'password_policies',
  'policies',
  'policy_attachments',
  'policy_versions',
  'resource_policies',
  'resource_policy_versions',
  'roles',
  'service_definition_versions',
  'service_definitions',
  'sessions',
  'sign_in_throttle',
  'signing_keys',
  'users',
  'workloads',
];

/** Runs one raw statement on the database behind `options` (outside the store, as an attacker or DBA would). */
type Raw = (statement: string) => Promise<Record<string, unknown>[]>;

/** Seeds an account with a user, group, policy, role, key and audit event; returns what to look for. */
async function seed(store: Store) {
  const account = await store.accounts.create({
    rootEmail: 'restart@example.com',
    rootPassword: 'Restart-Passw0rd',
    alias: 'restart',
  });
  const policy = await store.policies.create(account.id, {
    name: 'p',
    document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] },
  });
  const user = await store.users.create(
    account.id,
    { name: 'kept' },
    { audit: { action: 'iam:CreateUser', decision: 'Allow' } },
  );
  await store.groups.create(account.id, { name: 'g' });
  await store.groups.addUser(account.id, 'g', 'kept');
  await store.policies.attach(account.id, { kind: 'group', name: 'g' }, policy.arn);
  const key = await store.accessKeys.create(account.id, 'kept');
  const signing = await store.signingKeys.ensureActive();
  return { account, user, key, kid: signing.kid, revision: await store.revisions.get(account.id) };
}

/** The lifecycle checks, for one way of opening the same database twice. */
function lifecycle(
  name: string,
  setup: () => Promise<{ options: StoreOptions; raw: Raw; teardown(): Promise<void> }>,
) {
  describe(name, () => {
    let env: Awaited<ReturnType<typeof setup>>;
    beforeAll(async () => {
      env = await setup();
    });
    afterAll(async () => {
      await env?.teardown();
    });

    it('migrates an empty database to the full schema, and a second open applies nothing new', async () => {
      const store = await openStore({ ...FAST_HASH, ...env.options });
      await store.close();
      const tables = await env.raw(
        "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
      );
      expect(tables.map((t) => t.table_name)).toEqual(EXPECTED_TABLES);
      const applied = await env.raw('select count(*)::int as n from drizzle.__drizzle_migrations');
      const again = await openStore({ ...FAST_HASH, ...env.options });
      await again.close();
      expect(await env.raw('select count(*)::int as n from drizzle.__drizzle_migrations')).toEqual(applied);
      // Every migration of the journal, applied once.
      expect(applied[0]?.n).toBe(JOURNAL.entries.length);
    });

    it('finds every committed change after close and reopen', async () => {
      const first = await openStore({ ...FAST_HASH, ...env.options });
      const seeded = await seed(first);
      await first.close();
      const second = await openStore({ ...FAST_HASH, ...env.options });
      try {
        expect((await second.accounts.find('restart'))?.id).toBe(seeded.account.id);
        expect(await second.users.get(seeded.account.id, 'kept')).toEqual(seeded.user);
        expect(await second.revisions.get(seeded.account.id)).toBe(seeded.revision);
        expect(
          (await second.accessKeys.verify(seeded.key.accessKeyId, seeded.key.secretAccessKey))?.userName,
        ).toBe('kept');
        expect(
          (await second.accounts.verifyRootPassword('restart@example.com', 'Restart-Passw0rd'))?.id,
        ).toBe(seeded.account.id);
        const effective = await second.effectivePolicies({
          kind: 'user',
          accountId: seeded.account.id,
          userId: seeded.user.id,
        });
        expect(effective.identity).toHaveLength(1);
        expect((await second.signingKeys.active())?.kid).toBe(seeded.kid);
        expect((await second.audit.list({ accountId: seeded.account.id })).edges).toHaveLength(1);
      } finally {
        await second.close();
      }
    });

    it("deletes a closed account's data after its grace period, keeping its row and its audit log", async () => {
      const store = await openStore({ ...FAST_HASH, ...env.options });
      try {
        const account = await store.accounts.create({
          rootEmail: 'purged@example.com',
          rootPassword: 'Purged-Passw0rd',
        });
        const id = account.id;
        const policy = await store.policies.create(id, {
          name: 'p',
          document: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
        });
        await store.users.create(
          id,
          { name: 'u', permissionsBoundary: policy.arn },
          {
            audit: { action: 'iam:CreateUser', decision: 'Allow' },
          },
        );
        await store.loginProfiles.create(id, 'u', { password: 'User-Passw0rd-1' });
        await store.groups.create(id, { name: 'g' });
        await store.groups.addUser(id, 'g', 'u');
        await store.policies.attach(id, { kind: 'group', name: 'g' }, policy.arn);
        await store.accessKeys.create(id, 'u');
        await store.roles.create(id, {
          name: 'r',
          assumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { AWS: id }, Action: 'sts:AssumeRole' }],
          },
        });
        await store.workloads.create(id, { name: 'w' });
        const org = await store.organizations.create(id);
        await store.accounts.close(id);
        // Not due yet: nothing is deleted before the grace period ends.
        expect(await store.accounts.purgeClosed(new Date(Date.now() - 86_400_000), 10)).toEqual([]);
        expect(await store.accounts.purgeClosed(new Date(Date.now() + 60_000), 10)).toContain(id);
        for (const table of [
          'users',
          'roles',
          'groups',
          'policies',
          'access_keys',
          'sessions',
          'workloads',
        ]) {
          const rows = await env.raw(`select count(*)::int as n from ${table} where account_id = '${id}'`);
          expect({ table, n: rows[0]?.n }).toEqual({ table, n: 0 });
        }
        expect(await env.raw(`select count(*)::int as n from organizations where id = '${org.id}'`)).toEqual([
          { n: 0 },
        ]);
        // The row stays (its id and e-mail are never reused) with no usable password; the audit log stays.
        const [row] = await env.raw(
          `select root_email, root_password_hash, purged_at from accounts where id = '${id}'`,
        );
        expect(row?.root_email).toBe('purged@example.com');
        expect(row?.root_password_hash).toBe('!');
        expect(row?.purged_at).not.toBeNull();
        const audit = await env.raw(`select count(*)::int as n from audit_events where account_id = '${id}'`);
        expect(Number(audit[0]?.n)).toBeGreaterThan(0);
        expect(await store.accounts.purgeClosed(new Date(Date.now() + 60_000), 10)).not.toContain(id);
      } finally {
        await store.close();
      }
    });

    it('refuses to close a management account while its organization has other members', async () => {
      const store = await openStore({ ...FAST_HASH, ...env.options });
      try {
        const manager = await store.accounts.create({
          rootEmail: 'manager@example.com',
          rootPassword: 'Manager-Passw0rd',
        });
        const member = await store.accounts.create({
          rootEmail: 'member@example.com',
          rootPassword: 'Member-Passw0rd',
        });
        await store.organizations.create(manager.id);
        const handshake = await store.organizations.invite(manager.id, member.id, new Date());
        await store.organizations.respond(member.id, handshake.id, true, new Date());
        await expect(store.accounts.close(manager.id)).rejects.toMatchObject({ code: 'DeleteConflict' });
        await store.organizations.leave(member.id);
        expect((await store.accounts.close(manager.id)).closedAt).toBeInstanceOf(Date);
      } finally {
        await store.close();
      }
    });

    it('refuses to change or delete audit events, whoever asks', async () => {
      await expect(env.raw("update audit_events set action = 'forged'")).rejects.toThrow(/append-only/);
      await expect(env.raw('delete from audit_events')).rejects.toThrow(/append-only/);
      await expect(env.raw('truncate audit_events')).rejects.toThrow(/append-only/);
    });

    it('keeps signing-key private keys encrypted: another secret key cannot read them', async () => {
      const rows = await env.raw('select private_key_ciphertext as c from signing_keys');
      expect(String(rows[0]?.c)).toMatch(/^v1\./);
      expect(String(rows[0]?.c)).not.toContain('PRIVATE KEY');
      const wrong = await openStore({ ...FAST_HASH, ...env.options, secretKey: KEY_B });
      try {
        await expectCode(wrong.signingKeys.active(), 'InvalidConfiguration');
      } finally {
        await wrong.close();
      }
    });
  });
}

lifecycle('PGlite on disk', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'iamgate-store-'));
  const dataDir = join(dir, 'data');
  const options: StoreOptions = { dataDir, secretKey: KEY_A };
  return {
    options,
    raw: async (statement) => {
      const db = await PGlite.create(dataDir);
      try {
        return (await db.query<Record<string, unknown>>(statement)).rows;
      } finally {
        await db.close();
      }
    },
    teardown: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('after close', () => {
  it('fails with ServiceUnavailable rather than a driver error', async () => {
    const store = await openStore({ ...FAST_HASH, memory: true });
    await store.close();
    await expectCode(store.accounts.list(), 'ServiceUnavailable');
  });
});

if (process.env[TEST_DATABASE_ENV]) {
  describe('several processes on one Postgres database', () => {
    it('each store hears the changes the other commits, with the account revision', async () => {
      const database = await createTestDatabase();
      const a = await openStore({ ...FAST_HASH, databaseUrl: database.url });
      const b = await openStore({ ...FAST_HASH, databaseUrl: database.url });
      try {
        const heard: ChangeEvent[] = [];
        b.onChange((event) => heard.push(event));
        const account = await a.accounts.create({
          rootEmail: 'multi@example.com',
          rootPassword: 'Multi-Passw0rd',
        });
        await a.users.create(account.id, { name: 'seen-by-b' });
        await vi.waitFor(() =>
          expect(heard).toContainEqual({ type: 'account', accountId: account.id, revision: 1 }),
        );
        expect((await b.users.get(account.id, 'seen-by-b')).name).toBe('seen-by-b');
      } finally {
        await a.close();
        await b.close();
        await database.drop();
      }
    });
  });

  lifecycle('Postgres', async () => {
    const database = await createTestDatabase();
    const options: StoreOptions = { databaseUrl: database.url, secretKey: KEY_A };
    return {
      options,
      raw: async (statement) => {
        const sql = postgres(database.url, { max: 1, onnotice: () => {} });
        try {
          return [...(await sql.unsafe(statement))];
        } finally {
          await sql.end({ timeout: 5 });
        }
      },
      teardown: () => database.drop(),
    };
  });
}

describe('secret key defaults', () => {
  it('generates a key file next to a PGlite database and reuses it on reopen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iamgate-key-'));
    try {
      const dataDir = join(dir, 'data');
      const first = await openStore({ ...FAST_HASH, dataDir });
      const kid = (await first.signingKeys.ensureActive()).kid;
      await first.close();
      const file = await readFile(join(dataDir, 'iamgate-secret.key'), 'utf8');
      expect(Buffer.from(file.trim(), 'base64')).toHaveLength(32);
      const second = await openStore({ ...FAST_HASH, dataDir });
      expect((await second.signingKeys.active())?.kid).toBe(kid);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('creates the missing parent folders of a PGlite data directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iamgate-nested-'));
    try {
      const dataDir = join(dir, 'not', 'yet', 'there', 'data');
      const store = await openStore({ ...FAST_HASH, dataDir });
      try {
        expect(store.dataDir).toBe(dataDir);
        await store.accounts.create({ rootEmail: 'nested@example.com', rootPassword: 'Nested-Passw0rd' });
      } finally {
        await store.close();
      }
      expect((await stat(join(dataDir, 'PG_VERSION'))).isFile()).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.runIf(Boolean(process.env[TEST_DATABASE_ENV]))(
    'on Postgres, signing keys need an explicit secret key',
    async () => {
      const database = await createTestDatabase();
      try {
        const store = await openStore({ ...FAST_HASH, databaseUrl: database.url });
        try {
          await expectCode(store.signingKeys.ensureActive(), 'InvalidConfiguration');
          // Everything else works without one.
          await store.accounts.create({ rootEmail: 'nokey@example.com', rootPassword: 'No-Key-Passw0rd' });
        } finally {
          await store.close();
        }
      } finally {
        await database.drop();
      }
    },
  );

  it('rejects malformed secret keys and partitions', async () => {
    await expectCode(openStore({ memory: true, secretKey: 'too-short' }), 'InvalidConfiguration');
    await expectCode(openStore({ memory: true, partition: 'Bad Partition' }), 'InvalidInput');
    await expectCode(
      openStore({ memory: true, passwordHashing: { logN: 10, r: 8, p: 1 } }),
      'InvalidConfiguration',
    );
  });
});
