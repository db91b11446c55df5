import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answers200, FROM_SOURCE, freePort, REPO, type Started, start, until } from './processes.js';

/** The first account's root user, which every gateway process of these tests creates on its first start. */
export const OPERATOR = { email: 'operator@iamgate.test', password: 'Operator-passw0rd-for-tests' } as const;

/** Where a gateway process listens, and what it was started with. */
export interface GatewayEndpoint {
  /** The base URL, `http://127.0.0.1:<port>`: also the issuer of its tokens (`IAMGATE_PUBLIC_URL`). */
  url: string;
  /** The GraphQL endpoint, for SDK clients and the CLI. */
  graphqlUrl: string;
}

/** A gateway as a child process. */
export type GatewayProcess = Started & GatewayEndpoint;

/** The environment of a gateway on Postgres: the database, and the key every instance on it must share. */
export function postgresEnv(databaseUrl: string, secretKey = randomBytes(32).toString('base64')) {
  return { DATABASE_URL: databaseUrl, IAMGATE_SECRET_KEY: secretKey };
}

/**
 * Starts the gateway the way `pnpm start` does (its `src/main.ts` from source), on a free port of 127.0.0.1, with
 * `env` choosing the database: `IAMGATE_DATA_DIR` for PGlite, `postgresEnv(...)` for Postgres. Its output goes to
 * `logFile` when given (for a process that outlives the caller's view of it), else is kept in memory.
 */
export async function startGatewayProcess(
  env: Record<string, string>,
  { logFile }: { logFile?: string } = {},
): Promise<GatewayProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = logFile === undefined ? undefined : openSync(logFile, 'a');
  const started = start(process.execPath, [...FROM_SOURCE, 'src/main.ts'], {
    cwd: join(REPO, 'services/gateway'),
    env: {
      ...process.env,
      IAMGATE_LOG_LEVEL: 'warn',
      PORT: String(port),
      IAMGATE_PUBLIC_URL: url,
      IAMGATE_ROOT_EMAIL: OPERATOR.email,
      IAMGATE_ROOT_PASSWORD: OPERATOR.password,
      ...env,
    },
    ...(log === undefined ? {} : { stdio: ['ignore', log, log] }),
  });
  if (log !== undefined) closeSync(log); // the child holds its own descriptor
  return { ...started, url, graphqlUrl: `${url}/graphql` };
}

/**
 * Resolves once the gateway at `url` is ready (`/readyz` answers 200); fails at once when `output()` says the
 * process could not start, and with that output after `limitMs`. Opening a fresh PGlite folder takes seconds to
 * tens of seconds on a loaded machine (initdb and every migration).
 */
export async function gatewayReady(url: string, output: () => string, limitMs = 180_000): Promise<void> {
  await until(
    async () => {
      if (output().includes('failed to start'))
        throw new Error(`the gateway at ${url} did not start:\n${output()}`);
      return answers200(`${url}/readyz`);
    },
    `the gateway at ${url} to be ready`,
    { limitMs, detail: output },
  );
}

/** The text of a log file, or '' when there is none yet. */
export function readLog(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
