import { pino } from 'pino';
import { type LogFields, logFields } from './log-fields.js';
import type { Logger, LoggerOptions, LogLevel } from './logger.js';
import { traceFields } from './trace-fields.js';

type Level = Exclude<LogLevel, 'silent'>;
const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error'];

/** A destination that hands each line to `sink` without its newline, synchronously (tests read lines at once). */
function sinkStream(sink: (line: string) => void): pino.DestinationStream {
  return { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) };
}

/**
 * The gateway's `Logger` on pino: one JSON line per call, `{"level":"info","time":"<ISO 8601>",...bindings,
 * ...fields,"msg":"..."}` (the names and value formats the logger always wrote, so collectors keep parsing them;
 * pino puts `msg` last). Secrets in fields and bindings are redacted (see `logFields`), and inside a traced
 * request every line carries the active span's `traceId` and `spanId`. Lines go to stdout through pino's
 * synchronous destination, or to `options.sink`.
 */
export function pinoLogger(options: LoggerOptions, bindings: LogFields): Logger {
  const now = options.now ?? (() => new Date());
  const root = pino(
    {
      level: options.level ?? 'info',
      // No `pid` and `hostname`: the collector knows where a line came from, and the format stays as it was.
      base: null,
      messageKey: 'msg',
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => traceFields() ?? {},
    },
    options.sink === undefined ? pino.destination({ fd: 1, sync: true }) : sinkStream(options.sink),
  );
  const base = root.child(logFields(bindings));
  return wrap(() => base);
}

/**
 * The `Logger` interface over a pino logger made on first use: every request gets a child logger, and most never
 * write a line, so the pino child (and its bindings' serialization) is only paid for by those that do. Fields are
 * prepared only for levels that are on; a child has its parent's levels.
 */
function wrap(make: () => pino.Logger, on?: Record<Level, boolean>): Logger {
  let made: pino.Logger | undefined;
  const logger = () => {
    made ??= make();
    return made;
  };
  const levels =
    on ?? (Object.fromEntries(LEVELS.map((l) => [l, logger().isLevelEnabled(l)])) as Record<Level, boolean>);
  const write = (level: Level, msg: string, fields: LogFields | undefined) => {
    if (levels[level]) logger()[level](logFields(fields), msg);
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    child: (more) => {
      const bindings = { ...more };
      return wrap(() => logger().child(logFields(bindings)), levels);
    },
  };
}
