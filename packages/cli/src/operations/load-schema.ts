import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

// Beside the built module: `build` copies the schema to dist/schema.graphql (scripts/embed-schema.mjs), so the
// published CLI carries it. From source, in the workspace, it is read from @iamgate/schema.
const EMBEDDED = fileURLToPath(new URL('../schema.graphql', import.meta.url));

let loaded: GraphQLSchema | undefined;

/** Where the schema is read from: the built CLI's own copy, else the workspace's @iamgate/schema. */
function schemaFile(): string {
  if (existsSync(EMBEDDED)) return EMBEDDED;
  return createRequire(import.meta.url).resolve('@iamgate/schema/schema.graphql');
}

/**
 * The gateway's schema, from the committed `schema.graphql` the SDK is generated from: it knows each operation's
 * input fields and their types, which the SDK's documents (variables only) do not. Parsed once per process.
 */
export function gatewaySchema(): GraphQLSchema {
  if (loaded === undefined) loaded = buildSchema(readFileSync(schemaFile(), 'utf8'));
  return loaded;
}
