import type { GraphQLParams } from 'graphql-yoga';
import { IamError } from '../errors/iam-error.js';

/** A request's parameters as they arrive: GraphQL's, plus `documentId` when a body names one. */
export type RequestParams = GraphQLParams & { documentId?: unknown };

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The trusted document id a request names, or undefined when it names none: GraphQL over HTTP's `documentId`
 * (`sha256:<hex>`), or Apollo's `extensions.persistedQuery` (`{ version: 1, sha256Hash: <hex> }`) for the clients
 * that speak it. A malformed id is `InvalidInput`.
 */
export function requestedDocumentId(params: RequestParams): string | undefined {
  if (params.documentId !== undefined && params.documentId !== null) {
    if (typeof params.documentId !== 'string') {
      throw new IamError('InvalidInput', '`documentId` must be a string', { field: 'documentId' });
    }
    return params.documentId;
  }
  const persisted = (params.extensions as { persistedQuery?: unknown } | undefined)?.persistedQuery;
  if (persisted === undefined || persisted === null) return undefined;
  const { version, sha256Hash } = persisted as { version?: unknown; sha256Hash?: unknown };
  if (version !== 1 || typeof sha256Hash !== 'string' || !SHA256_HEX.test(sha256Hash)) {
    throw new IamError(
      'InvalidInput',
      '`extensions.persistedQuery` must be `{ "version": 1, "sha256Hash": "<64 hex digits>" }`',
      { field: 'extensions.persistedQuery' },
    );
  }
  return `sha256:${sha256Hash}`;
}

/** The extensions without `persistedQuery`, once the id has been read from them. */
export function extensionsWithoutId(
  extensions: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (extensions === undefined || extensions === null || !('persistedQuery' in extensions)) return extensions;
  const { persistedQuery: _id, ...rest } = extensions;
  return rest;
}
