import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GENERATED_DIR,
  generateInto,
  TRUSTED_DOCUMENTS,
  TRUSTED_DOCUMENTS_FILE,
} from '../scripts/generate.js';

describe('the generated client', () => {
  it('matches a fresh generation from schema/schema.graphql (run `pnpm --filter @iamgate/sdk generate`)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iamgate-sdk-generated-'));
    try {
      const files = await generateInto(dir);
      const sources = files.filter((file) => file !== TRUSTED_DOCUMENTS).sort();
      expect(sources).toEqual(['errors.ts', 'graphql.ts', 'operation-map.ts', 'operations.graphql']);
      // A file left over from an older generation would still be compiled and exported.
      expect((await readdir(GENERATED_DIR)).sort()).toEqual(sources);
      for (const file of sources) {
        const fresh = await readFile(join(dir, file), 'utf8');
        const committed = await readFile(join(GENERATED_DIR, file), 'utf8').catch(() => '(missing)');
        expect(committed, `src/generated/${file} is stale`).toBe(fresh);
      }
      const manifest = await readFile(join(dir, TRUSTED_DOCUMENTS), 'utf8');
      const committed = await readFile(TRUSTED_DOCUMENTS_FILE, 'utf8').catch(() => '(missing)');
      expect(committed, `schema/${TRUSTED_DOCUMENTS} is stale`).toBe(manifest);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
