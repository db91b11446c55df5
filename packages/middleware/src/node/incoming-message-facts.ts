import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { RequestFacts } from '../context/request-facts.js';

/**
 * The facts of a Node `IncomingMessage`. `url` overrides `req.url` (Express rewrites `req.url` under a mount path
 * and keeps the full target in `req.originalUrl`).
 */
export function incomingMessageFacts(req: IncomingMessage, url?: string): RequestFacts {
  const facts: RequestFacts = {
    method: req.method ?? 'GET',
    url: url ?? req.url ?? '/',
    header(name) {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    },
    secure: (req.socket as Partial<TLSSocket>).encrypted === true,
  };
  const peer = req.socket.remoteAddress;
  if (peer !== undefined) facts.remoteAddress = peer;
  return facts;
}
