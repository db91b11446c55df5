import type { Plugin } from 'graphql-yoga';
import type { ConsoleSettings } from '../config/gateway-config.js';
import { type ConsoleFile, consoleSegments, readConsoleFile } from './console-files.js';
import { consoleSecurityHeaders, IMMUTABLE_CACHE, REVALIDATE_CACHE } from './console-headers.js';

/** Where the console is served; Vite builds it with this `base`. */
export const CONSOLE_PATH = '/console';
const PREFIX = `${CONSOLE_PATH}/`;
/** Vite's output folder for hashed files: their names change with their content, so they are cached for good. */
const ASSETS = 'assets';

/** What the plugin answers, before it becomes the server's own `Response`. */
interface ConsoleAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer> | string | null;
}

/**
 * Serves the built console (`services/console/dist`) at `/console/`: its files as they are, `index.html` for every
 * other path (the console's own routes, `/console/users/alice`, `/console/users/john.doe`), and 404 for a missing
 * asset (`/console/assets/gone.js`, a request for a build that is no longer there). Every answer carries the console's
 * Content-Security-Policy and security headers; hashed assets are cached for a year, the rest revalidated by ETag.
 */
export function useConsole(settings: ConsoleSettings): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname !== CONSOLE_PATH && !pathname.startsWith(PREFIX)) return;
      const answer = await consoleAnswer(settings.dir, request, url);
      const body = request.method === 'HEAD' ? null : answer.body;
      endResponse(new fetchAPI.Response(body, { status: answer.status, headers: answer.headers }));
    },
  };
}

async function consoleAnswer(dir: string, request: Request, url: URL): Promise<ConsoleAnswer> {
  const security = consoleSecurityHeaders();
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return text(405, 'the console answers GET and HEAD only', { ...security, allow: 'GET, HEAD' });
  }
  if (url.pathname === CONSOLE_PATH) {
    return { status: 308, headers: { ...security, location: `${PREFIX}${url.search}` }, body: null };
  }
  // A path that could not name a file of the build (`..`, an encoded slash) is still a route of the console: the
  // policies page names a policy by its ARN, `/console/policies/arn%3A...%2Fname`.
  const segments = consoleSegments(url.pathname, PREFIX);
  const file =
    segments === undefined || segments.length === 0 ? undefined : await readConsoleFile(dir, segments);
  if (file !== undefined && segments !== undefined) {
    return fileAnswer(file, request, segments[0] === ASSETS ? IMMUTABLE_CACHE : REVALIDATE_CACHE, security);
  }
  // A missing asset is a build that is gone: answering it with the page would hand HTML to a <script> tag.
  if (url.pathname.startsWith(`${PREFIX}${ASSETS}/`)) return text(404, 'not found', security);
  const index = await readConsoleFile(dir, ['index.html']);
  if (index === undefined) {
    return text(
      404,
      'the console is not built: run `pnpm --filter @iamgate/console build` (or `pnpm start`, which builds it)',
      security,
    );
  }
  return fileAnswer(index, request, REVALIDATE_CACHE, security);
}

function fileAnswer(
  file: ConsoleFile,
  request: Request,
  cacheControl: string,
  security: Record<string, string>,
): ConsoleAnswer {
  const headers = { ...security, 'cache-control': cacheControl, etag: file.etag };
  if (request.headers.get('if-none-match') === file.etag) return { status: 304, headers, body: null };
  return {
    status: 200,
    headers: { ...headers, 'content-type': file.contentType, 'content-length': String(file.body.byteLength) },
    body: file.body,
  };
}

function text(status: number, message: string, headers: Record<string, string>): ConsoleAnswer {
  return {
    status,
    headers: { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    body: message,
  };
}
