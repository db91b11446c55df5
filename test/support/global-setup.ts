/**
 * Starts the gateways that the system tests share, as `pnpm start` runs them: one on PGlite, and one on a fresh
 * Postgres database when `IAMGATE_TEST_DATABASE_URL` is set. It does not wait for them (a fresh PGlite folder takes
 * a while), so that tests which need none, such as the packed install, run meanwhile; `sharedGateway()` waits.
 * Each test file makes its own account through the operator account, so that files share no state.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase, type TestDriver, testDrivers } from '@iamgate/store/testing';
import type { TestProject } from 'vitest/node';
import { type GatewayProcess, postgresEnv, startGatewayProcess } from './gateway-process.js';

/** What tests learn of a shared gateway (`inject('gateways')`). */
export interface SharedGatewayInfo {
  url: string;
  graphqlUrl: string;
  /** Where the process writes its output, for a test's failure message. */
  logFile: string;
  /**
   * What it was started with: its database, its secret key and its public URL (the issuer of its tokens), so that
   * a test can start another instance beside it.
   */
  env: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    gateways: Partial<Record<TestDriver, SharedGatewayInfo>>;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'iamgate-system-'));
  const running: GatewayProcess[] = [];
  let database: TestDatabase | undefined;
  const gateways: Partial<Record<TestDriver, SharedGatewayInfo>> = {};
  const teardown = async () => {
    await Promise.all(running.map((gateway) => gateway.stop()));
    await database?.drop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    for (const driver of testDrivers()) {
      const logFile = join(dir, `gateway-${driver}.log`);
      let env: Record<string, string>;
      if (driver === 'pglite') env = { IAMGATE_DATA_DIR: join(dir, 'pglite') };
      else {
        database = await createTestDatabase();
        env = postgresEnv(database.url);
      }
      const gateway = await startGatewayProcess(env, { logFile });
      running.push(gateway);
      const { url, graphqlUrl } = gateway;
      gateways[driver] = { url, graphqlUrl, logFile, env: { ...env, IAMGATE_PUBLIC_URL: url } };
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  project.provide('gateways', gateways);
  return teardown;
}
