import type { Plugin } from 'graphql-yoga';
import type { TrustedDocumentsMode } from '../config/gateway-config.js';
import { IamError } from '../errors/iam-error.js';
import { extensionsWithoutId, type RequestParams, requestedDocumentId } from './requested-document-id.js';
import type { TrustedDocuments } from './trusted-documents.js';

const WELL_FORMED_ID = /^sha256:[0-9a-f]{64}$/;

/**
 * Runs trusted documents by id (`documentId`, `extensions.persistedQuery`), and under `only` refuses every document
 * that is not trusted (`UntrustedDocument`) before it is parsed. A request that names an unknown id is
 * `PersistedDocumentNotFound`, unless it also carries the text and any text may run. A request naming an id and a
 * different text is `InvalidInput`: which one would run is not for the gateway to guess. Each operation of a batch is
 * judged on its own.
 */
export function useTrustedDocuments(documents: TrustedDocuments, mode: TrustedDocumentsMode): Plugin {
  return {
    onParams({ params, setParams }) {
      const requested = params as RequestParams;
      const id = requestedDocumentId(requested);
      if (id === undefined) {
        if (mode === 'only' && !(typeof params.query === 'string' && documents.isTrustedText(params.query))) {
          throw new IamError(
            'UntrustedDocument',
            "this gateway runs only its trusted documents (the SDK's operations): send one by its `documentId`",
          );
        }
        return;
      }
      const text = documents.textOf(id);
      const { documentId: _id, ...rest } = requested;
      if (text === undefined) {
        if (mode === 'allow' && typeof params.query === 'string') {
          setParams({ ...rest, extensions: extensionsWithoutId(params.extensions) });
          return;
        }
        // The id is echoed only in its own shape: anything else a client sends is not repeated back.
        throw new IamError(
          'PersistedDocumentNotFound',
          "no trusted document has the id the request names: send the document's text",
          WELL_FORMED_ID.test(id) ? { documentId: id } : {},
        );
      }
      if (params.query !== undefined && params.query !== null && params.query !== text) {
        throw new IamError('InvalidInput', 'the request names a trusted document and a different text', {
          field: 'query',
        });
      }
      setParams({ ...rest, query: text, extensions: extensionsWithoutId(params.extensions) });
    },
  };
}
