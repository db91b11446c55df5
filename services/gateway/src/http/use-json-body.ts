import { exceedsJsonDepth } from '@iamgate/policy';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { IamError } from '../errors/iam-error.js';
import { readBodyText } from './read-body-text.js';

function tooDeep(maxDepth: number): IamError {
  return new IamError('ValidationError', `the request nests JSON deeper than ${maxDepth} levels`, {
    limit: maxDepth,
  });
}

/** The refusals yoga's own body parsing answers with (status and code kept, so clients see no change). */
function badRequest(message: string): Error {
  return createGraphQLError(message, { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
}

function tooLarge(): Error {
  return createGraphQLError('Request body too large', {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });
}

function unreadable(): IamError {
  return new IamError('ValidationError', 'the request body could not be read to its end', { field: 'body' });
}

/** A parsed POST body as yoga takes it: an object (one operation) or a list (a batch). */
function graphqlBody(text: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest('POST body sent invalid JSON.');
  }
  if (body === null) throw badRequest('POST body is expected to be object but received null');
  if (typeof body !== 'object')
    throw badRequest(`POST body is expected to be object but received ${typeof body}`);
  return body as Record<string, unknown>;
}

/**
 * Reads GraphQL's JSON from requests, within their limits: a POST body of at most `maxBytes` (413
 * `REQUEST_ENTITY_TOO_LARGE`, whatever its `Content-Length` says) that nests at most `maxDepth` levels
 * (`ValidationError`, checked on the text before it is parsed), and the `variables` and `extensions` parameters of
 * a GET nested as little. This replaces yoga's own body parsing and size limit (`maxRequestBodySize: false`),
 * which pipe every body through a web stream and parse it again from a second `Request`: reading the text once
 * costs a trivial operation about a fifth of its CPU less. Only JSON bodies get here (`use-json-post.ts`).
 */
export function useJsonBody(maxBytes: number, maxDepth: number): Plugin {
  const errors = { tooLarge, unreadable };
  return {
    onRequestParse({ request, url, setRequestParser }) {
      if (request.method === 'GET') {
        for (const name of ['variables', 'extensions']) {
          const value = url.searchParams.get(name);
          if (value !== null && exceedsJsonDepth(value, maxDepth)) throw tooDeep(maxDepth);
        }
        return;
      }
      if (request.method !== 'POST') return;
      setRequestParser(async (posted) => {
        const text = await readBodyText(posted, maxBytes, errors);
        if (exceedsJsonDepth(text, maxDepth)) throw tooDeep(maxDepth);
        return graphqlBody(text) as never;
      });
    },
  };
}
