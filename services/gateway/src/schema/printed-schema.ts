import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './index.js';

/** Where the printed schema is committed: `schema/schema.graphql` at the repository root (`@iamgate/schema`). */
export const SCHEMA_FILE = new URL('../../../../schema/schema.graphql', import.meta.url);

/**
 * The SDL of the gateway, types and fields sorted so that the committed file only changes when the API does. The
 * SDK is generated from this text.
 */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
