import { createHash } from 'node:crypto';
import { type GraphQLSchema, parse, validate } from 'graphql';

/** A trusted documents manifest: id (`sha256:<hex>` of the text) -> document text. */
export type TrustedDocumentsManifest = Record<string, string>;

function idOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** Whether `text` is a document `schema` can still run. */
function stillValid(schema: GraphQLSchema, text: string): boolean {
  try {
    return validate(schema, parse(text)).length === 0;
  } catch {
    return false;
  }
}

/**
 * The manifest to commit: this generation's documents, and those of earlier generations (`previous`, the committed
 * manifest) that the schema can still run. A gateway keeps accepting what older SDKs send while it is valid, so it
 * can be upgraded before its clients even under `IAMGATE_TRUSTED_DOCUMENTS=only`; a document the schema can no
 * longer run is dropped, as no gateway of this schema could answer it. Sorted by id, so that the file only changes
 * where documents do.
 */
export function mergeManifests(
  current: TrustedDocumentsManifest,
  previous: TrustedDocumentsManifest,
  schema: GraphQLSchema,
): TrustedDocumentsManifest {
  const merged = new Map(Object.entries(current));
  for (const [id, text] of Object.entries(previous)) {
    if (merged.has(id) || typeof text !== 'string' || idOf(text) !== id) continue;
    if (stillValid(schema, text)) merged.set(id, text);
  }
  return Object.fromEntries([...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
