import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buildSchema, type GraphQLSchema } from 'graphql';

let loaded: GraphQLSchema | undefined;

/**
 * The gateway's schema, from the committed `schema.graphql` the SDK is generated from: it knows each operation's
 * input fields and their types, which the SDK's documents (variables only) do not. Parsed once per process.
 */
export function gatewaySchema(): GraphQLSchema {
  if (loaded === undefined) {
    const file = createRequire(import.meta.url).resolve('@iamgate/schema/schema.graphql');
    loaded = buildSchema(readFileSync(file, 'utf8'));
  }
  return loaded;
}
