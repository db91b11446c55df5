/**
 * `pnpm --filter @iamgate/sdk generate`: regenerates `src/generated/` from the committed schema, and from nothing
 * else. The output is committed; `test/generated.test.ts` fails while it differs from a fresh generation.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from './codegen-config.js';
import { errorCodesOfSchema, errorsFile } from './generate-errors.js';
import { generateOperations } from './generate-operations.js';

/** The committed SDL the SDK is generated from. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));

/** Where the generated sources live. */
export const GENERATED_DIR = fileURLToPath(new URL('../src/generated/', import.meta.url));

/**
 * Writes every generated file into `outDir`: the operations and their map, the error classes, then graphql-codegen's
 * typed documents. Returns the names of the files written.
 */
export async function generateInto(outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const schemaText = await readFile(SCHEMA_FILE, 'utf8');
  const { operations, operationMap } = generateOperations(schemaText);
  await writeFile(join(outDir, 'operations.graphql'), operations);
  await writeFile(join(outDir, 'operation-map.ts'), operationMap);
  await writeFile(join(outDir, 'errors.ts'), errorsFile(errorCodesOfSchema(schemaText)));
  // Only the typed documents are kept: the preset's `gql.ts` maps inline `graphql()` sources, which the SDK has none of.
  const outputs: { filename: string; content: string }[] = await generate(
    codegenConfig({ schema: SCHEMA_FILE, documents: operations, outDir }),
    false,
  );
  const typed = outputs.find((output) => basename(output.filename) === 'graphql.ts');
  if (typed === undefined) throw new Error('graphql-codegen wrote no `graphql.ts`');
  await writeFile(join(outDir, 'graphql.ts'), typed.content);
  return ['operations.graphql', 'operation-map.ts', 'errors.ts', 'graphql.ts'];
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await generateInto(GENERATED_DIR);
  process.stdout.write(`generated ${written.length} files in ${GENERATED_DIR}\n`);
}
