import { IamError } from '../errors/iam-error.js';
import { mediaTypeOf } from './media-type.js';
import { readBodyText } from './read-body-text.js';

function tooLarge(maxBytes: number): IamError {
  return new IamError('ValidationError', `the request body is larger than ${maxBytes} bytes`, {
    field: 'body',
    limit: maxBytes,
  });
}

/** A body that stops mid-way (the client went away) is the client's mistake, not a fault of ours. */
function unreadable(): IamError {
  return new IamError('ValidationError', 'the request body could not be read to its end', { field: 'body' });
}

/**
 * The JSON body of a POST request to a plain route, read up to `maxBytes` and no further. As for GraphQL
 * (`use-json-post.ts`), only `application/json` is read: a form or text body needs no CORS preflight, so any web
 * page could send one (`UnsupportedMediaType`). A body over the limit is refused as soon as it is
 * (`ValidationError`), whatever its `Content-Length` says, and so is text that is not JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const mediaType = mediaTypeOf(request);
  if (mediaType !== 'application/json') {
    throw new IamError(
      'UnsupportedMediaType',
      `a POST body must be \`application/json\`, not \`${mediaType || 'none'}\``,
      { accepted: ['application/json'] },
    );
  }
  const text = await readBodyText(request, maxBytes, { tooLarge: () => tooLarge(maxBytes), unreadable });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new IamError('ValidationError', 'the request body is not valid JSON', { field: 'body' });
  }
}
