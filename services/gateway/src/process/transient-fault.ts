/** Error codes of a lost, refused or stalled connection (Node's sockets, postgres.js's connection errors). */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * Whether an error that reached the process unhandled is a network fault of a connection (to the database, or a
 * client that went away), which the pool recovers from, rather than a bug. Database drivers occasionally let such
 * errors escape as unhandled rejections when a connection drops abruptly; crashing the gateway for them would turn a
 * blip of the network into an outage.
 */
export function isTransientFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && NETWORK_CODES.has(code);
}
