import { randomUUID } from 'node:crypto';

/** The header a request id arrives and leaves in. */
export const REQUEST_ID_HEADER = 'x-request-id';

const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request's id: the caller's `x-request-id` when it looks like an id (so a proxy's id carries through the
 * logs), otherwise a fresh UUID. Anything else is replaced: the id is written into logs, so it must not let a
 * caller inject arbitrary text.
 */
export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given !== null && ACCEPTED.test(given) ? given : randomUUID();
}
