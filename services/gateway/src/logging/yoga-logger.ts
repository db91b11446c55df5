import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from './logger.js';

/** Adapts the structured logger to the interface graphql-yoga logs its own events through. */
export function toYogaLogger(logger: Logger): YogaLogger {
  const line = (args: unknown[]) => {
    const [first, ...rest] = args;
    const error = args.find((a): a is Error => a instanceof Error);
    const msg = typeof first === 'string' ? first : error !== undefined ? 'yoga error' : 'yoga';
    return {
      msg,
      fields: {
        source: 'yoga',
        ...(error ? { error } : {}),
        ...(rest.length > 0 && !error ? { args: rest.map(String) } : {}),
      },
    };
  };
  return {
    debug: (...args) => {
      const { msg, fields } = line(args);
      logger.debug(msg, fields);
    },
    info: (...args) => {
      const { msg, fields } = line(args);
      logger.info(msg, fields);
    },
    warn: (...args) => {
      const { msg, fields } = line(args);
      logger.warn(msg, fields);
    },
    error: (...args) => {
      const { msg, fields } = line(args);
      logger.error(msg, fields);
    },
  };
}
