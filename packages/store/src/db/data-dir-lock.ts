import { readFileSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { StoreError } from '../errors.js';

/** Who holds an embedded database folder, as written in its lock file. */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** The owner's process start time in clock ticks since boot (Linux), to tell a reused PID from the owner. */
  processStart: string | null;
  lockedAt: string;
}

/** A held lock; `release` removes the file if it is still ours. */
export interface DataDirLock {
  path: string;
  release(): Promise<void>;
}

/** The start time of process `pid` from `/proc/<pid>/stat` (field 22), or null where there is no procfs. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain spaces; fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote `owner` still runs. Owners on another host cannot be checked: assume they do. */
function isAlive(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(owner.pid);
  return owner.processStart === null || start === null || start === owner.processStart;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.hostname === 'string') {
      return {
        pid: value.pid,
        hostname: value.hostname,
        processStart: typeof value.processStart === 'string' ? value.processStart : null,
        lockedAt: String(value.lockedAt ?? ''),
      };
    }
  } catch {
    // A torn or foreign file: treated as stale below.
  }
  return undefined;
}

async function readOwner(path: string): Promise<{ text: string; owner: LockOwner | undefined } | undefined> {
  try {
    const text = await readFile(path, 'utf8');
    return { text, owner: parseOwner(text) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function inUse(dataDir: string, owner: LockOwner): StoreError {
  const where =
    owner.hostname === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.hostname}`;
  return new StoreError(
    'InvalidConfiguration',
    `the embedded database \`${dataDir}\` is in use by ${where} since ${owner.lockedAt}: PGlite serves one process ` +
      'at a time. Stop that gateway first, or run several gateways on PostgreSQL (DATABASE_URL)',
    { details: { dataDir, pid: owner.pid, hostname: owner.hostname } },
  );
}

/**
 * Takes the lock of an embedded (PGlite) database folder: the file `<dataDir>.lock`, created exclusively, holding
 * the owner's PID, host and process start time. PGlite is one process's database; a second process on the same
 * folder would serve its own view and lose writes at the next restart, so it is refused with
 * `InvalidConfiguration`. A lock left by a process that no longer runs (after `kill -9` or a crash) is stale and
 * taken over; the start time tells a reused PID from the owner on Linux.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = `${dataDir}.lock`;
  const me: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    processStart: processStart(process.pid),
    lockedAt: new Date().toISOString(),
  };
  const text = JSON.stringify(me);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const file = await open(path, 'wx', 0o600);
      try {
        await file.writeFile(text);
      } finally {
        await file.close();
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const found = await readOwner(path);
      if (found === undefined) continue;
      if (found.owner !== undefined && isAlive(found.owner)) throw inUse(dataDir, found.owner);
      // Stale: remove it, unless another process replaced it since we read it.
      const again = await readOwner(path);
      if (again !== undefined && again.text === found.text) await unlink(path).catch(() => {});
      continue;
    }
    // Another process may have taken a stale lock over at the same moment: whoever's file is there holds it.
    const holder = await readOwner(path);
    if (holder?.text !== text) {
      if (holder?.owner !== undefined) throw inUse(dataDir, holder.owner);
      continue;
    }
    return {
      path,
      async release() {
        const current = await readOwner(path).catch(() => undefined);
        if (current?.text === text) await unlink(path).catch(() => {});
      },
    };
  }
  throw new StoreError('InvalidConfiguration', `cannot take the lock \`${path}\` of the embedded database`, {
    details: { dataDir },
  });
}
