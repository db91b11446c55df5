import { readFile } from 'node:fs/promises';
import type { FetchLike } from '@iamgate/sdk';
import type { CliIo } from '../src/io.js';

/** Where a test CLI runs: its environment and how it reaches a gateway. */
export interface MemoryIoOptions {
  env?: Record<string, string | undefined>;
  fetch?: FetchLike;
}

/**
 * A CliIo that records output and serves the given stdin; files are read from disk like the real CLI. The
 * environment is only what the test gives (never the developer's own `~/.iamgate` or credentials).
 */
export function memoryIo(
  stdin = '',
  options: MemoryIoOptions = {},
): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => stdin,
    readFile: (path) => readFile(path, 'utf8'),
    env: options.env ?? {},
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    out: () => out,
    err: () => err,
  };
}
