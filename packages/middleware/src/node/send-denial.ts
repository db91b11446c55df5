import type { ServerResponse } from 'node:http';
import type { Denial } from '../core/denial.js';

/** Answers a refused request with its status, headers and JSON body. */
export function sendDenial(res: ServerResponse, denial: Denial): void {
  const body = JSON.stringify(denial.body);
  res.writeHead(denial.status, {
    ...denial.headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}
