#!/usr/bin/env node
/**
 * `pnpm start`: the gateway as a process. Reads the configuration from the environment, opens the store (PGlite in
 * `IAMGATE_DATA_DIR`, or Postgres with `DATABASE_URL`), creates the first account on first start, listens, and
 * prints where to go and how to sign in.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { openStore } from '@iamgate/store';
import { banner } from './bootstrap/banner.js';
import { ensureFirstAccount } from './bootstrap/ensure-first-account.js';
import { ConfigError } from './config/config-error.js';
import { loadConfig } from './config/load-config.js';
import { createGateway } from './gateway.js';
import { createLogger } from './logging/logger.js';
import { installProcessFaultHandlers } from './process/process-faults.js';
import { installShutdown } from './process/shutdown.js';
import { startTracing } from './tracing/start-tracing.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n\nSee services/gateway/README.md for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  installProcessFaultHandlers(logger, (code) => process.exit(code));
  // Before anything serves requests: the gateway's spans go to the provider registered here.
  const tracing = config.tracing.enabled ? startTracing(config.tracing) : undefined;
  // pnpm runs package scripts in the package folder; relative paths are meant from where `pnpm start` was typed.
  const dataDir = resolve(process.env.INIT_CWD ?? process.cwd(), config.dataDir);
  // PGlite creates its own folder but not the parents (`./.iamgate/` on first start).
  if (config.databaseUrl === undefined) await mkdir(dataDir, { recursive: true });
  const store = await openStore({
    ...(config.databaseUrl === undefined
      ? { dataDir: join(dataDir, 'data') }
      : { databaseUrl: config.databaseUrl }),
    partition: config.partition,
    statementTimeoutMs: config.deadlines.statementMs,
    transactionTimeoutMs: config.deadlines.transactionMs,
    ...(config.secretKey === undefined ? {} : { secretKey: config.secretKey }),
  });
  const first = await ensureFirstAccount(store, config);
  const gateway = await createGateway(
    { ...config, dataDir },
    { store, logger, operatorAccountId: first.account.id },
  );
  const server = createServer(gateway.yoga);
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await gateway.close();
    await store.close();
    await tracing?.shutdown();
    throw error;
  }
  const consoleState = !config.console.enabled
    ? 'off'
    : existsSync(join(config.console.dir, 'index.html'))
      ? 'built'
      : 'missing';
  process.stdout.write(`${banner({ ...config, dataDir }, first, store.driver, consoleState)}\n`);
  logger.info('listening', {
    host: config.host,
    port: config.port,
    driver: store.driver,
    metrics: config.metrics.enabled,
    tracing: config.tracing.enabled ? config.tracing.endpoint : false,
  });
  installShutdown({
    server,
    drain: () => gateway.readiness.drain(),
    close: async () => {
      await gateway.close();
      await store.close();
      // Exports the spans still batched.
      await tracing?.shutdown();
    },
    logger,
    deadlines: config.deadlines,
    exit: (code) => process.exit(code),
  });
}

/** Listens, or rejects with a message a person can act on when the address is taken or not allowed. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`${host}:${port} is already in use (another gateway?): stop it or set PORT`));
      } else if (error.code === 'EACCES') {
        reject(new Error(`${host}:${port} may not be listened on by this user: set PORT above 1023`));
      } else {
        reject(error);
      }
    });
    server.listen(port, host, () => resolvePromise());
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`iamgate gateway failed to start: ${describe(error)}\n`);
  process.exit(1);
});

/** The error and its causes, one per line: the cause is usually what a person can act on. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (
    let e: unknown = error;
    e !== undefined && parts.length < 5;
    e = e instanceof Error ? e.cause : undefined
  ) {
    parts.push(e instanceof Error ? e.message : String(e));
  }
  return parts.join('\n  caused by: ');
}
