import { readFile } from 'node:fs/promises';

/** Where a command reads and writes; injected so tests drive the CLI in process exactly as the binary does. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The whole of standard input, read once. */
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
}

/** The process's real streams and file system. */
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
  };
}

/**
 * Reads a document argument the way the AWS CLI does: `file://path` (or a bare path) is read from disk, anything that
 * starts like JSON is taken literally.
 */
export async function readDocumentArgument(io: CliIo, argument: string): Promise<string> {
  const trimmed = argument.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return argument;
  return io.readFile(argument.startsWith('file://') ? argument.slice('file://'.length) : argument);
}
