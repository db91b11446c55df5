import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The trusted documents: the SDK's operations, generated from the schema with it (`pnpm --filter @iamgate/sdk
 * generate` writes `schema/trusted-documents.json`), each under its id, `sha256:<hex>` of its text (GraphQL over
 * HTTP, Appendix A "Persisted Documents").
 */
export interface TrustedDocuments {
  /** The text of the document with `id`, or undefined when it is not trusted. */
  textOf(id: string): string | undefined;
  /** Whether `text` is exactly the text of a trusted document. */
  isTrustedText(text: string): boolean;
  readonly size: number;
}

// Beside the built module: `build` copies the manifest to dist/trusted-documents.json
// (scripts/embed-trusted-documents.mjs), so that the published gateway carries it. From source, in the workspace, it
// is read from @iamgate/schema.
const EMBEDDED = fileURLToPath(new URL('../trusted-documents.json', import.meta.url));

function manifestFile(): string {
  if (existsSync(EMBEDDED)) return EMBEDDED;
  return createRequire(import.meta.url).resolve('@iamgate/schema/trusted-documents.json');
}

/** The id of a document's text. */
export function documentIdOf(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/**
 * The trusted documents of a manifest's text. Every entry's id is checked against its text, so an edited or
 * corrupted manifest stops the gateway at start instead of running a document under another's id.
 */
export function parseTrustedDocuments(
  json: string,
  source = 'the trusted documents manifest',
): TrustedDocuments {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`${source} is not JSON`, { cause: error });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${source} is not an object of id -> document text`);
  }
  const byId = new Map<string, string>();
  for (const [id, text] of Object.entries(parsed)) {
    if (typeof text !== 'string' || documentIdOf(text) !== id) {
      throw new Error(`${source}: the document under \`${id}\` does not have that id`);
    }
    byId.set(id, text);
  }
  const texts = new Set(byId.values());
  return {
    textOf: (id) => byId.get(id),
    isTrustedText: (text) => texts.has(text),
    size: byId.size,
  };
}

let loaded: TrustedDocuments | undefined;

/** The gateway's trusted documents, read and checked once per process. */
export function trustedDocuments(): TrustedDocuments {
  if (loaded === undefined) {
    const file = manifestFile();
    loaded = parseTrustedDocuments(readFileSync(file, 'utf8'), file);
  }
  return loaded;
}
