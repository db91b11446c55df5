import { readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

/** Content types of the files a Vite build emits; anything else is served as bytes. */
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** One file of the built console, read. */
export interface ConsoleFile {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  /** A weak validator from the file's size and modification time. */
  etag: string;
}

/**
 * The path segments of `pathname` below the console's prefix, decoded, or `undefined` when a segment could leave
 * the folder or name something no build emits (`..`, `.`, an encoded slash or backslash, a NUL, a dot file).
 */
export function consoleSegments(pathname: string, prefix: string): string[] | undefined {
  const rest = pathname.slice(prefix.length);
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

/** Reads `segments` under `dir` when they name a regular file inside it; `undefined` otherwise. */
export async function readConsoleFile(
  dir: string,
  segments: readonly string[],
): Promise<ConsoleFile | undefined> {
  const path = join(dir, ...segments);
  // INVARIANT: `consoleSegments` already refuses `..`; this check keeps any future caller inside `dir` too.
  if (path !== dir && !path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    const body = new Uint8Array(await readFile(path));
    return {
      body,
      contentType: CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      etag: `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`,
    };
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
