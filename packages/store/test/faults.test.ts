import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store, type StoreOptions } from '@iamgate/store';
import { createTestDatabase, TEST_DATABASE_ENV, tcpProxy } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCode } from './suite/helpers.js';

const FAST_HASH = { passwordHashing: { logN: 14, r: 8, p: 1 } } satisfies StoreOptions;
const KEY = Buffer.alloc(32, 7).toString('base64');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embedded database under faults', () => {
  it('rolls back a transaction stuck past its deadline and frees the only connection', async () => {
    // Without the guard, a body that waits on the store itself would freeze PGlite for good; the deadline ends it.
    const store = await openStore({ ...FAST_HASH, memory: true, transactionTimeoutMs: 300 });
    try {
      const account = await store.accounts.create({
        rootEmail: 'a@example.com',
        rootPassword: 'Root-Passw0rd!',
      });
      await expectCode(
        store.transaction(async (tx) => {
          await tx.users.create(account.id, { name: 'half' });
          await store.users.find(account.id, 'half');
        }),
        'ServiceUnavailable',
      );
      expect(await store.users.find(account.id, 'half')).toBeUndefined();
      await store.ping(1000);
      expect((await store.users.create(account.id, { name: 'next' })).name).toBe('next');
    } finally {
      await store.close();
    }
  });

  it('answers ping with ServiceUnavailable while a transaction holds the database', async () => {
    const store = await openStore({ ...FAST_HASH, memory: true, transactionTimeoutMs: 2000 });
    try {
      let release: () => void = () => {};
      const held = store.transaction(() => new Promise<void>((resolve) => (release = resolve)));
      await sleep(20);
      await expectCode(store.ping(100), 'ServiceUnavailable');
      release();
      await held;
      await store.ping(1000);
    } finally {
      await store.close();
    }
  });
});

describe('the embedded database folder lock', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iamgate-lock-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a second store on the same folder while the first is open, and frees it at close', async () => {
    const dataDir = join(dir, 'one');
    const first = await openStore({ ...FAST_HASH, dataDir, secretKey: KEY });
    try {
      const error = await expectCode(
        openStore({ ...FAST_HASH, dataDir, secretKey: KEY }),
        'InvalidConfiguration',
      );
      expect(error.details).toMatchObject({ pid: process.pid });
      expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      await first.close();
    }
    const again = await openStore({ ...FAST_HASH, dataDir, secretKey: KEY });
    await again.close();
  });

  it('takes over the lock of a process that died without releasing it (kill -9)', async () => {
    const dataDir = join(dir, 'two');
    // A process that exits at once leaves a PID that no longer runs.
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid as number)));
    await writeFile(
      `${dataDir}.lock`,
      JSON.stringify({
        pid,
        hostname: (await import('node:os')).hostname(),
        processStart: '1',
        lockedAt: 'then',
      }),
    );
    const store = await openStore({ ...FAST_HASH, dataDir, secretKey: KEY });
    try {
      expect(JSON.parse(await readFile(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      await store.close();
    }
  });

  it('treats a lock whose PID was reused by another process as stale', async () => {
    const dataDir = join(dir, 'three');
    // Our own PID, but a start time that is not ours: the owner is gone and the PID belongs to someone else now.
    await writeFile(
      `${dataDir}.lock`,
      JSON.stringify({
        pid: process.pid,
        hostname: (await import('node:os')).hostname(),
        processStart: '-1',
        lockedAt: 'then',
      }),
    );
    const store = await openStore({ ...FAST_HASH, dataDir, secretKey: KEY });
    await store.close();
  });
});

const serverUrl = process.env[TEST_DATABASE_ENV];

describe.runIf(serverUrl)('a Postgres connection under faults', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function open(url: string, more: Partial<StoreOptions> = {}): Promise<Store> {
    return openStore({ ...FAST_HASH, databaseUrl: url, secretKey: KEY, ...more });
  }

  it('ends a transaction left idle past the statement timeout, committing nothing', async () => {
    const store = await open(database.url, { statementTimeoutMs: 300 });
    try {
      const account = await store.accounts.create({
        rootEmail: 'pg@example.com',
        rootPassword: 'Root-Passw0rd!',
      });
      await expectCode(
        store.transaction(async (tx) => {
          await tx.users.create(account.id, { name: 'idle' });
          await sleep(1200);
          await tx.users.create(account.id, { name: 'late' });
        }),
        'ServiceUnavailable',
      );
      expect(await store.users.find(account.id, 'idle')).toBeUndefined();
      expect((await store.users.create(account.id, { name: 'next' })).name).toBe('next');
    } finally {
      await store.close();
    }
  });

  it('survives connections reset mid-query: calls fail with ServiceUnavailable, then the pool reconnects', async () => {
    const proxy = await tcpProxy(new URL(serverUrl as string));
    const url = new URL(database.url);
    url.host = `127.0.0.1:${proxy.port}`;
    const store = await open(url.toString(), { migrate: false, poolSize: 4 });
    const heard: string[] = [];
    const stop = store.onChange((event) => heard.push(event.type));
    try {
      const account = await store.accounts.create({
        rootEmail: 'reset@example.com',
        rootPassword: 'Root-Passw0rd!',
      });
      const inflight = Array.from({ length: 8 }, (_, i) =>
        store.users.create(account.id, { name: `u${i}` }).then(
          () => 'ok',
          (error: { code?: string }) => error.code,
        ),
      );
      proxy.resetAll();
      const outcomes = await Promise.all(inflight);
      expect(outcomes.every((o) => o === 'ok' || o === 'ServiceUnavailable')).toBe(true);
      // Connections that cannot even be established fail the same way, and do not crash the process.
      proxy.refuse(true);
      proxy.resetAll();
      await expectCode(store.accounts.get(account.id), 'ServiceUnavailable');
      proxy.refuse(false);
      await expect
        .poll(
          () =>
            store.accounts.get(account.id).then(
              () => true,
              () => false,
            ),
          {
            timeout: 60_000,
          },
        )
        .toBe(true);
      // The change listener came back too: a committed change is heard again.
      heard.length = 0;
      await store.users.create(account.id, { name: 'heard' });
      await expect.poll(() => heard.length, { timeout: 60_000 }).toBeGreaterThan(0);
    } finally {
      stop();
      await store.close();
      await proxy.close();
    }
  });
});
