import { type DocumentNode, Kind, print } from 'graphql';

/**
 * How a client sends its documents: by their trusted document ids (GraphQL over HTTP, Appendix A "Persisted
 * Documents"), which the gateway knows and which a gateway running only trusted documents requires, or as text.
 * A document whose id one gateway did not know is sent as text to it from then on.
 */
export interface DocumentSending {
  byId: boolean;
  /** The documents the gateway answered `PersistedDocumentNotFound` for. */
  readonly unknownIds: WeakSet<DocumentNode>;
}

/** Sends documents by id, except those whose id the gateway did not know. */
export function documentSending(byId: boolean): DocumentSending {
  return { byId, unknownIds: new WeakSet() };
}

interface Printed {
  query: string;
  operationName: string | undefined;
}

const printed = new WeakMap<DocumentNode, Printed>();

/** The text and operation name of a document, printed once per document object. */
function source(document: DocumentNode): Printed {
  let cached = printed.get(document);
  if (cached === undefined) {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    cached = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, cached);
  }
  return cached;
}

/** The trusted document id the generator embedded in a document (`__meta__.hash`), if any. */
export function trustedDocumentId(document: DocumentNode): string | undefined {
  const hash = (document as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  return typeof hash === 'string' ? hash : undefined;
}

/** The id to send `document` by, or undefined when its text goes. */
export function idToSend(sending: DocumentSending, document: DocumentNode): string | undefined {
  if (!sending.byId || sending.unknownIds.has(document)) return undefined;
  return trustedDocumentId(document);
}

/** The JSON body of a GraphQL request for `document`: by `documentId` when `id` is given, else with its text. */
export function requestBody(document: DocumentNode, variables: unknown, id?: string): string {
  const { query, operationName } = source(document);
  return id === undefined
    ? JSON.stringify({ query, operationName, variables: variables ?? {} })
    : JSON.stringify({ documentId: id, operationName, variables: variables ?? {} });
}

/** The code the gateway answers a request naming an id it does not know with. */
export const UNKNOWN_DOCUMENT_CODE = 'PersistedDocumentNotFound';
