import { IamError } from '../errors/iam-error.js';
import { mediaTypeOf } from './media-type.js';

function tooLarge(maxBytes: number): IamError {
  return new IamError('ValidationError', `the request body is larger than ${maxBytes} bytes`, {
    field: 'body',
    limit: maxBytes,
  });
}

/**
 * The JSON body of a POST request, read up to `maxBytes` and no further. As for GraphQL (`use-json-post.ts`), only
 * `application/json` is read: a form or text body needs no CORS preflight, so any web page could send one
 * (`UnsupportedMediaType`). A body over the limit is refused as soon as it is (`ValidationError`), whatever its
 * `Content-Length` says, and so is text that is not JSON.
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
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      // A body that stops mid-way (the client went away) is the client's mistake, not a fault of ours.
      const { done, value } = await reader.read().catch(() => {
        throw new IamError('ValidationError', 'the request body could not be read to its end', {
          field: 'body',
        });
      });
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks, size).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new IamError('ValidationError', 'the request body is not valid JSON', { field: 'body' });
  }
}
