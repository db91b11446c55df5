import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { MIGRATIONS_FOLDER } from '../migrations-folder.js';

/** Where templates are kept between test files and processes. */
const TEMPLATE_DIR = join(tmpdir(), 'iamgate-test-templates');

/** A digest of every migration file and of PGlite's install: a template is reused only for the same schema. */
async function schemaDigest(): Promise<string> {
  const hash = createHash('sha256');
  // pnpm's store path of the resolved package names its version (`.pnpm/@electric-sql+pglite@0.5.17/...`); from
  // `node_modules` on, so that clones of the repository share one template.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  hash.update(entry.slice(Math.max(entry.indexOf('node_modules'), 0)));
  const walk = async (folder: string): Promise<void> => {
    for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else hash.update(entry.name).update(await readFile(path));
    }
  };
  await walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 24);
}

/** A fresh PGlite with every migration applied, as a data directory tarball. */
async function migratedDump(): Promise<Blob> {
  const client = await PGlite.create();
  try {
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    return await client.dumpDataDir('none');
  } finally {
    await client.close();
  }
}

let cached: Promise<Blob> | undefined;

/**
 * The data directory of an empty, fully migrated PGlite database, for in-memory test stores to start from: loading
 * it skips initdb and the migrations, which cost most of the seconds an embedded test store takes to open. Built
 * once per schema and kept in the system's temporary folder (written under a unique name, then renamed, so test
 * files building it at once never read half a file), and in memory per module instance.
 */
export function pgliteTemplate(): Promise<Blob> {
  cached ??= (async () => {
    const path = join(TEMPLATE_DIR, `pglite-${await schemaDigest()}.tar`);
    const existing = await readFile(path).catch(() => undefined);
    if (existing !== undefined) return new Blob([existing]);
    const dump = await migratedDump();
    await mkdir(TEMPLATE_DIR, { recursive: true });
    const partial = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, path);
    return dump;
  })();
  return cached;
}
