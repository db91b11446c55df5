/**
 * Building the console from scripts and tests: `vite build` through Vite's API, and whether `dist/` is older than
 * what it is built from.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The console package's folder. */
export const CONSOLE_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the build goes, and what the gateway serves by default (`IAMGATE_CONSOLE_DIR`). */
export const CONSOLE_DIST = join(CONSOLE_ROOT, 'dist');

/** What the bundle is made of: the console's sources and the workspace packages it bundles from source. */
const INPUTS = [
  join(CONSOLE_ROOT, 'src'),
  join(CONSOLE_ROOT, 'public'),
  join(CONSOLE_ROOT, 'index.html'),
  join(CONSOLE_ROOT, 'vite.config.ts'),
  join(CONSOLE_ROOT, '..', '..', 'packages', 'policy', 'src'),
  join(CONSOLE_ROOT, '..', '..', 'packages', 'sdk', 'src'),
];

/**
 * Builds the console into `dist/`, always as production: Vite takes `NODE_ENV` from the environment when it is set,
 * and vitest sets it to `test`, which would bundle React's development build into the `dist/` that `pnpm start`
 * serves.
 */
export async function buildConsole(): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: CONSOLE_ROOT,
      configFile: join(CONSOLE_ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** Whether `dist/index.html` is missing or older than any input. */
export function consoleIsStale(): boolean {
  let built: number;
  try {
    built = statSync(join(CONSOLE_DIST, 'index.html')).mtimeMs;
  } catch {
    return true;
  }
  return INPUTS.some((input) => newestChange(input) > built);
}

/** The newest modification time of a file or of anything under a folder; 0 when it does not exist. */
function newestChange(path: string): number {
  let info: ReturnType<typeof statSync>;
  try {
    info = statSync(path);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}
