/** Log levels in increasing severity; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/** Fields attached to a log line; values must be JSON-serializable (errors are flattened). */
export type LogFields = Record<string, unknown>;

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

/** Creates a JSON-lines logger. */
export function createLogger(options: LoggerOptions = {}, bindings: LogFields = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const sink = options.sink ?? ((line: string) => process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const write = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[level] < threshold) return;
    sink(JSON.stringify({ time: now().toISOString(), level, msg, ...bindings, ...flatten(fields) }));
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    child: (more) => createLogger(options, { ...bindings, ...more }),
  };
}

/** Errors do not serialize with `JSON.stringify`; keep their name, message, code and stack. */
function flatten(fields: LogFields | undefined): LogFields {
  if (fields === undefined) return {};
  const out: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? describeError(value) : value;
  }
  return out;
}

function describeError(error: Error): LogFields {
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(code === undefined ? {} : { code }),
    stack: error.stack,
    ...(error.cause instanceof Error ? { cause: describeError(error.cause) } : {}),
  };
}
