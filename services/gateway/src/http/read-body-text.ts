/** A body that stops mid-way (the client went away), or one over the limit: the reader's caller names the error. */
export interface BodyErrors {
  tooLarge: () => Error;
  unreadable: () => Error;
}

/**
 * The text of a body whose `Content-Length` is within the limit, read at once: Node's HTTP parser delivers exactly
 * that many bytes (more would be the next request), so the limit holds without counting; the length is checked
 * again for requests handed over in process, whose header nobody enforced.
 */
async function declaredText(request: Request, maxBytes: number, errors: BodyErrors): Promise<string> {
  const text = await request.text().catch(() => {
    throw errors.unreadable();
  });
  if (text.length > maxBytes || Buffer.byteLength(text) > maxBytes) throw errors.tooLarge();
  return text;
}

/** The text of a body of unknown length, refused as soon as it passes the limit. */
async function limitedText(request: Request, maxBytes: number, errors: BodyErrors): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body !== null) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        throw errors.unreadable();
      });
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw errors.tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/**
 * A request's body as UTF-8 text, read up to `maxBytes` and no further: a `Content-Length` over the limit is
 * refused before anything is read, and a body without one (chunked) as soon as it passes the limit. Reading a
 * body of declared length in one go is what lets the gateway answer small JSON requests cheaply: no web stream is
 * built over Node's request.
 */
export function readBodyText(request: Request, maxBytes: number, errors: BodyErrors): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) return Promise.reject(errors.tooLarge());
  return declared >= 0 ? declaredText(request, maxBytes, errors) : limitedText(request, maxBytes, errors);
}
