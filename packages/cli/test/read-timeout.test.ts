/**
 * `--cli-read-timeout SECONDS` bounds each attempt's wait for the gateway's answer (the SDK's `requestTimeoutMs`),
 * as the AWS CLI's `--cli-read-timeout` does: a gateway that accepts the connection and never answers makes the
 * command exit 5, after the retries of `IAMGATE_MAX_ATTEMPTS`, instead of hanging.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCommandLine } from '../src/args/command-line.js';
import { runCli } from '../src/cli.js';
import { ExitCode } from '../src/exit-codes.js';
import { DEFAULT_READ_TIMEOUT_SECONDS, readTimeoutMs } from '../src/profiles/connection.js';
import { memoryIo } from './memory-io.js';

describe('a gateway that never answers', () => {
  let server: Server;
  let url: string;
  let received = 0;

  beforeAll(async () => {
    // Accepts every request and never responds.
    server = createServer(() => {
      received += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    // The first fetch of a process loads its HTTP client, which can take longer than the timeouts below.
    const warmUp = new AbortController();
    const first = globalThis.fetch(url, { signal: warmUp.signal }).catch(() => undefined);
    await vi.waitFor(() => expect(received).toBe(1), { timeout: 30_000 });
    warmUp.abort();
    await first;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function run(argv: string[], env: Record<string, string> = {}) {
    const io = memoryIo('', {
      env: { IAMGATE_URL: url, IAMGATE_SESSION_TOKEN: 'not-checked', ...env },
      fetch: (request) => globalThis.fetch(request),
    });
    const before = received;
    const code = await runCli(argv, io);
    return { code, stderr: io.err(), stdout: io.out(), requests: () => received - before };
  }

  it('exits 5 once --cli-read-timeout runs out', async () => {
    const result = await run(['sts', 'get-caller-identity', '--cli-read-timeout', '0.5'], {
      IAMGATE_MAX_ATTEMPTS: '1',
    });
    expect(result.code).toBe(ExitCode.Unreachable);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'iamgate: Network: the gateway could not be reached (1 attempts): no answer within 500 ms\n',
    );
    // The request did reach the server (which may see it after the client gave up, on a busy machine).
    await vi.waitFor(() => expect(result.requests()).toBe(1));
  });

  it('times out every attempt the retries make, then exits 5', async () => {
    const result = await run(['--cli-read-timeout', '0.3', 'iam', 'list-users', '--max-items', '1'], {
      IAMGATE_MAX_ATTEMPTS: '2',
    });
    expect(result.code).toBe(ExitCode.Unreachable);
    expect(result.stderr).toMatch(/^iamgate: Network: .*\(2 attempts\): no answer within 300 ms\n$/);
    await vi.waitFor(() => expect(result.requests()).toBe(2));
  });

  it('refuses a timeout that is not a number of seconds, before sending anything', async () => {
    for (const value of ['soon', '-1', '']) {
      const result = await run(['sts', 'get-caller-identity', '--cli-read-timeout', value]);
      expect(result.code, value).toBe(ExitCode.Usage);
      expect(result.stderr, value).toMatch(/^iamgate: `--cli-read-timeout` takes a number of seconds/);
      expect(result.requests()).toBe(0);
    }
  });
});

describe('the read timeout of a command line', () => {
  const of = (...argv: string[]) => readTimeoutMs(parseCommandLine(argv, () => 2));

  it('is 60 seconds by default, as the AWS CLI, and 0 (none) only when asked', () => {
    expect(DEFAULT_READ_TIMEOUT_SECONDS).toBe(60);
    expect(of('iam', 'list-users')).toBe(60_000);
    expect(of('iam', 'list-users', '--cli-read-timeout', '0')).toBe(0);
    expect(of('--cli-read-timeout', '2.5', 'iam', 'list-users')).toBe(2500);
    // A tiny fraction still bounds the wait: it never rounds down to "none".
    expect(of('iam', 'list-users', '--cli-read-timeout', '0.0001')).toBe(1);
  });
});
