import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FetchLike } from '@iamgate/sdk';

/** Where a command reads and writes; injected so tests drive the CLI in process exactly as the binary does. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The whole of standard input, read once. */
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
  /**
   * The environment (`IAMGATE_PROFILE`, `IAMGATE_URL`, `IAMGATE_CONFIG_DIR`, the SDK's `IAMGATE_ACCESS_KEY_ID`...);
   * `process.env` when absent.
   */
  env?: Readonly<Record<string, string | undefined>>;
  /** How gateway requests are sent; `globalThis.fetch` when absent. Tests pass a gateway's in-process `fetch`. */
  fetch?: FetchLike;
  /**
   * The directory relative paths are given from: `process.cwd()` when absent. Run from a clone (`pnpm iamgate`),
   * `scripts/start.mjs` starts the CLI in the directory the command was typed in.
   */
  cwd?: string;
}

/** A path the user gave (`./policy.json`, `file://../trust.json`, a `policy test` directory) made absolute. */
export function userPath(io: CliIo, path: string): string {
  return resolve(io.cwd ?? process.cwd(), path);
}

/** Reads a file the user named, relative to their working directory. */
export function readUserFile(io: CliIo, path: string): Promise<string> {
  return io.readFile(userPath(io, path));
}

/** The process's real streams, environment and file system. */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readFile: (path) => readFile(path, 'utf8'),
    env: process.env,
  };
}

/** The environment of `io`. */
export function envOf(io: CliIo): Readonly<Record<string, string | undefined>> {
  return io.env ?? process.env;
}

/**
 * Reads a document argument the way the AWS CLI does: `file://path` (or a bare path) is read from disk, anything that
 * starts like JSON is taken literally.
 */
export async function readDocumentArgument(io: CliIo, argument: string): Promise<string> {
  const trimmed = argument.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return argument;
  return readUserFile(io, argument.startsWith('file://') ? argument.slice('file://'.length) : argument);
}
