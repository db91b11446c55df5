import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Gateway } from '@iamgate/gateway';
import { startInProcessGateway, type TestDriver } from '@iamgate/gateway/testing';
import type { FetchLike } from '@iamgate/sdk';
import type { Account, Store } from '@iamgate/store';
import { runCli } from '../../src/cli.js';
import { memoryIo } from '../memory-io.js';

/** The root password of the test account; satisfies the default password policy. */
export const ROOT_PASSWORD = 'Root-passw0rd-for-cli-tests';
export const ROOT_EMAIL = 'root@example.com';

/** What one run of the CLI did. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout read as JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: the shape is what the assertions check
  json: () => any;
}

/** A real gateway in process on a fresh database, and a CLI wired to it with its own config directory. */
export interface CliGateway {
  gateway: Gateway;
  store: Store;
  account: Account;
  url: string;
  /** The CLI's `IAMGATE_CONFIG_DIR`, a fresh temporary directory. */
  configDir: string;
  /** Requests the gateway received, to prove a usage error sent nothing. */
  requests: () => number;
  /** Runs `iamgate argv` in process against the gateway, with `env` added to the config directory. */
  run: (
    argv: string[],
    options?: { stdin?: string; env?: Record<string, string>; fetch?: FetchLike },
  ) => Promise<CliRun>;
  cleanup: () => Promise<void>;
}

/**
 * Starts a gateway on PGlite or a fresh Postgres database (`@iamgate/gateway/testing`). Requests go to
 * `gateway.fetch`, the gateway's real HTTP entry point, never to a socket. The gateway keeps the real clock, as the
 * CLI does: cached sessions are judged by their real expiry.
 */
export async function startCliGateway(
  driver: TestDriver,
  env: Record<string, string> = {},
): Promise<CliGateway> {
  const { gateway, store, account, close } = await startInProcessGateway({
    driver,
    env,
    rootEmail: ROOT_EMAIL,
    rootPassword: ROOT_PASSWORD,
    clock: 'real',
  });
  const configDir = await mkdtemp(join(tmpdir(), 'iamgate-cli-'));
  let requests = 0;
  const fetch = (request: Request) => {
    requests += 1;
    return gateway.fetch(request);
  };
  return {
    gateway,
    store,
    account,
    url: 'http://gateway.test/graphql',
    configDir,
    requests: () => requests,
    run: async (argv, options = {}) => {
      const io = memoryIo(options.stdin ?? '', {
        env: { IAMGATE_CONFIG_DIR: configDir, ...options.env },
        fetch: options.fetch ?? fetch,
      });
      const code = await runCli(argv, io);
      return { code, stdout: io.out(), stderr: io.err(), json: () => JSON.parse(io.out()) };
    },
    cleanup: async () => {
      await close();
      await rm(configDir, { recursive: true, force: true });
    },
  };
}
