import type { CORSOptions } from 'graphql-yoga';
import { REQUEST_ID_HEADER } from './request-id.js';

/**
 * CORS for the configured origins only. With none configured, no CORS headers are sent and browsers refuse
 * cross-origin calls; graphql-yoga's default would allow every origin.
 */
export function corsOptions(origins: readonly string[]): CORSOptions | false {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST'],
    allowedHeaders: ['authorization', 'content-type', REQUEST_ID_HEADER],
    exposedHeaders: [REQUEST_ID_HEADER],
    credentials: false,
    maxAge: 600,
  };
}
