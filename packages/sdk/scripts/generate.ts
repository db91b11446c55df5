/**
 * `pnpm --filter @iamgate/sdk generate`: regenerates `src/generated/` and `schema/trusted-documents.json` from the
 * committed schema, and from nothing else. The output is committed; `test/generated.test.ts` fails while it differs from a fresh generation.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema } from 'graphql';
import { codegenConfig } from './codegen-config.js';
import { errorCodesOfSchema, errorsFile } from './generate-errors.js';
import { generateOperations } from './generate-operations.js';
import { mergeManifests } from './trusted-documents-manifest.js';

/** The committed SDL the SDK is generated from. */
export const SCHEMA_FILE = fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url));

/** Where the generated sources live. */
export const GENERATED_DIR = fileURLToPath(new URL('../src/generated/', import.meta.url));

/**
 * The trusted documents' manifest (id -> text), committed beside the schema in @iamgate/schema: the gateway reads it
 * to accept the SDK's documents by id, and to accept only them under `IAMGATE_TRUSTED_DOCUMENTS=only`. It keeps the
 * documents of earlier generations while the schema can run them (`mergeManifests`).
 */
export const TRUSTED_DOCUMENTS_FILE = fileURLToPath(
  new URL('../../../schema/trusted-documents.json', import.meta.url),
);

/** The manifest's name among `generateInto`'s outputs. */
export const TRUSTED_DOCUMENTS = 'trusted-documents.json';

/**
 * Writes every generated file into `outDir`: the operations and their map, the error classes, then graphql-codegen's
 * typed documents and the trusted documents' manifest. Returns the names of the files written.
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
  const manifest = outputs.find((output) => basename(output.filename) === 'persisted-documents.json');
  if (manifest === undefined) throw new Error('graphql-codegen wrote no `persisted-documents.json`');
  const previous = JSON.parse(await readFile(TRUSTED_DOCUMENTS_FILE, 'utf8').catch(() => '{}'));
  const merged = mergeManifests(JSON.parse(manifest.content), previous, buildSchema(schemaText));
  await writeFile(join(outDir, TRUSTED_DOCUMENTS), `${JSON.stringify(merged, null, 2)}\n`);
  return ['operations.graphql', 'operation-map.ts', 'errors.ts', 'graphql.ts', TRUSTED_DOCUMENTS];
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const written = await generateInto(GENERATED_DIR);
  await rename(join(GENERATED_DIR, TRUSTED_DOCUMENTS), TRUSTED_DOCUMENTS_FILE);
  process.stdout.write(
    `generated ${written.length - 1} files in ${GENERATED_DIR} and ${TRUSTED_DOCUMENTS_FILE}\n`,
  );
}
