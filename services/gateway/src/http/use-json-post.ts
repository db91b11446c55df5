import type { Plugin } from 'graphql-yoga';
import { IamError } from '../errors/iam-error.js';
import { mediaTypeOf } from './media-type.js';

/**
 * The media types a POST body may have: JSON, as the GraphQL-over-HTTP spec has clients send it
 * (`application/json`, and `application/graphql+json` of its earlier drafts, which yoga also reads as JSON).
 */
const JSON_MEDIA_TYPES = new Set(['application/json', 'application/graphql+json']);

/**
 * Runs operations only from JSON POST bodies. A browser sends `application/x-www-form-urlencoded`,
 * `multipart/form-data` and `text/plain` from any page without a CORS preflight, so if such a body ran an
 * operation, any web page could make its visitors' browsers call `signIn` (guessing passwords from their addresses,
 * locking accounts out). A JSON body needs a preflight, which CORS refuses to origins not configured. Anything
 * else is `UnsupportedMediaType` (415) before the body is read. GET stays available for queries (yoga refuses
 * mutations over GET with 405).
 */
export function useJsonPost(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const mediaType = mediaTypeOf(request);
      if (!JSON_MEDIA_TYPES.has(mediaType)) {
        throw new IamError(
          'UnsupportedMediaType',
          `a POST body must be \`application/json\`, not \`${mediaType || 'none'}\``,
          { accepted: [...JSON_MEDIA_TYPES] },
        );
      }
    },
  };
}
