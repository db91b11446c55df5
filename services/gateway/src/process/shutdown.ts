import type { Server } from 'node:http';
import type { Deadlines } from '../config/gateway-config.js';
import type { Logger } from '../logging/logger.js';

/** What a shutdown stops, in order. */
export interface ShutdownParts {
  server: Server;
  /** Makes `/readyz` answer 503 from now on. */
  drain: () => void;
  /** Stops the gateway's background work, then closes the store. */
  close: () => Promise<void>;
  logger: Logger;
  deadlines: Pick<Deadlines, 'drainMs' | 'shutdownMs'>;
  exit: (code: number) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops the process the way a load balancer expects: `/readyz` turns 503 at once while requests are still served
 * for `drainMs` (SIGTERM only; Ctrl-C skips it), then the listener closes and in-flight requests get up to
 * `shutdownMs` to finish, then the store closes and the process exits 0. Whatever hangs, the process exits (1) once
 * both deadlines have passed; a second signal exits at once. Returns what removes the signal handlers again.
 */
export function installShutdown(parts: ShutdownParts): () => void {
  const { server, logger, deadlines, exit } = parts;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal: exiting now', { signal });
      exit(1);
      return;
    }
    stopping = true;
    const drainMs = signal === 'SIGTERM' ? deadlines.drainMs : 0;
    logger.info('stopping', { signal, drainMs, shutdownMs: deadlines.shutdownMs });
    const hard = setTimeout(
      () => {
        logger.error('shutdown deadline passed: exiting with work still in flight');
        exit(1);
      },
      drainMs + deadlines.shutdownMs + 1000,
    );
    hard.unref();
    parts.drain();
    if (drainMs > 0) await sleep(drainMs);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timedOut = await Promise.race([
      closed.then(() => false),
      sleep(deadlines.shutdownMs).then(() => true),
    ]);
    if (timedOut) {
      logger.warn('in-flight requests did not finish in time: closing their connections');
      server.closeAllConnections();
    }
    try {
      await parts.close();
      logger.info('stopped');
      exit(0);
    } catch (error) {
      logger.error('shutdown failed', { error });
      exit(1);
    }
  };
  const onTerm = () => void stop('SIGTERM');
  const onInt = () => void stop('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);
  return () => {
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onInt);
  };
}
