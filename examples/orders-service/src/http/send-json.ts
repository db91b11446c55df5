import type { ServerResponse } from 'node:http';

/** Answers with a JSON body; responses about permissions must not be cached by proxies. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

/** The 404 of the example services, in the middleware's JSON error shape (`code`, `message`). */
export function sendNotFound(res: ServerResponse, what: string): void {
  sendJson(res, 404, { code: 'NOT_FOUND', message: `${what} does not exist` });
}
