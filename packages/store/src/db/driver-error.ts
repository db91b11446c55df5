import { DrizzleQueryError } from 'drizzle-orm/errors';

/** What the store needs to know about a database error, whichever driver raised it. */
export interface DriverErrorInfo {
  /** SQLSTATE, e.g. `23505`. */
  code?: string;
  /** The violated constraint or index, when Postgres names one. */
  constraint?: string;
  /** The driver's own error object (never Drizzle's wrapper, whose message embeds query parameters). */
  error: unknown;
}

/**
 * Unwraps Drizzle's `DrizzleQueryError` (its message contains the query and its parameters, which must not reach
 * logs) and reads SQLSTATE and constraint name from postgres.js (`constraint_name`) or PGlite (`constraint`).
 */
export function driverErrorInfo(error: unknown): DriverErrorInfo {
  let inner = error;
  while (inner instanceof DrizzleQueryError && inner.cause !== undefined) inner = inner.cause;
  if (typeof inner !== 'object' || inner === null) return { error: inner };
  const e = inner as { code?: unknown; constraint_name?: unknown; constraint?: unknown };
  const info: DriverErrorInfo = { error: inner };
  if (typeof e.code === 'string') info.code = e.code;
  const constraint = e.constraint_name ?? e.constraint;
  if (typeof constraint === 'string') info.constraint = constraint;
  return info;
}

/** SQLSTATEs after which retrying the whole transaction is the documented remedy. */
export function isRetryable(info: DriverErrorInfo): boolean {
  return info.code === '40001' || info.code === '40P01';
}

/** postgres.js and Node socket codes of a connection that was lost, refused or timed out. */
const CONNECTION_CODES = new Set([
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
 * Whether `error` is a connection that was lost, refused or timed out (Node's socket codes and postgres.js's), from
 * the database or any other peer. Such faults pass: the pool reconnects, and the calls that used the connection
 * already failed with `ServiceUnavailable`.
 */
export function isNetworkFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_CODES.has(code);
}

/**
 * SQLSTATEs that mean "not now" rather than "wrong": connection exceptions (class 08), the server shutting down or
 * starting (57P01-57P03), too many connections (53300), and a statement or idle transaction that outlived its
 * timeout (57014, 25P03). The call failed as a whole and may be retried later.
 */
export function isUnavailable(info: DriverErrorInfo): boolean {
  const code = info.code;
  // PGlite has no code for it: a closed embedded database is as gone as a server that went away.
  if (code === undefined) return (info.error as { message?: unknown } | null)?.message === 'PGlite is closed';
  if (isNetworkFault(info)) return true;
  return (
    code.startsWith('08') ||
    code.startsWith('57P') ||
    code === '53300' ||
    code === '57014' ||
    code === '25P03'
  );
}
