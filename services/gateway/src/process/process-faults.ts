import type { Logger } from '../logging/logger.js';
import { isTransientFault } from './transient-fault.js';

/**
 * What the process does with an error nobody handled: a network fault of a connection is logged and survived (the
 * pool reconnects, and the requests that used the connection already failed with `ServiceUnavailable`); anything
 * else is a bug whose consequences are unknown, so it is logged and the process exits for its supervisor to restart
 * it, as Node would.
 */
export function installProcessFaultHandlers(logger: Logger, exit: (code: number) => void): void {
  const handle = (kind: string) => (error: unknown) => {
    if (isTransientFault(error)) {
      logger.warn(`${kind} network fault survived`, { error });
      return;
    }
    logger.error(`${kind}: exiting`, { error });
    exit(1);
  };
  process.on('unhandledRejection', handle('unhandled rejection'));
  process.on('uncaughtException', handle('uncaught exception'));
}
