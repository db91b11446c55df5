/**
 * `pnpm --filter @iamgate/gateway schema:print`: writes the gateway's SDL to `schema/schema.graphql`. A test
 * fails while the committed file differs from the schema, so run this after changing the API.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printedSchema, SCHEMA_FILE } from '../src/schema/printed-schema.js';

await writeFile(SCHEMA_FILE, printedSchema());
process.stdout.write(`wrote ${fileURLToPath(SCHEMA_FILE)}\n`);
