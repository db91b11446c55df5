import type { LogFields } from './log-fields.js';
import { pinoLogger } from './pino-logger.js';

export type { LogFields } from './log-fields.js';

/** Log levels in increasing severity; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/** Where formatted lines go; stdout by default, an array in tests. */
export type LogSink = (line: string) => void;

/**
 * A structured logger: one JSON object per line with `time`, `level`, `msg` and the fields, so that log
 * collectors can index request ids, principals and error codes without parsing prose.
 *
 * @example
 * const log = createLogger({ level: 'info' }).child({ requestId });
 * log.info('request done', { status: 200, ms: 3 });
 */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `bindings` to every line. */
  child(bindings: LogFields): Logger;
}

/** Options of `createLogger`. */
export interface LoggerOptions {
  level?: LogLevel;
  sink?: LogSink;
  /** Clock for the `time` field. */
  now?: () => Date;
}

/**
 * Creates a JSON-lines logger on pino (see `pinoLogger`): secrets in fields are redacted, errors flattened, and
 * lines inside a traced request carry `traceId` and `spanId`.
 */
export function createLogger(options: LoggerOptions = {}, bindings: LogFields = {}): Logger {
  return pinoLogger(options, bindings);
}
