import { readFile } from 'node:fs/promises';
import type { CliIo } from '../src/io.js';

/** A CliIo that records output and serves the given stdin; files are read from disk like the real CLI. */
export function memoryIo(stdin = ''): CliIo & { out: () => string; err: () => string } {
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
    out: () => out,
    err: () => err,
  };
}
