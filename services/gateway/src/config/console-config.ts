import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EnvReader } from './env-reader.js';
import type { ConsoleSettings } from './gateway-config.js';

/**
 * Where `pnpm --filter @iamgate/console build` writes the console: `services/console/dist`. This file is
 * `src/config/` in the sources and `dist/config/` once built, both two levels under the gateway package, so one
 * relative path finds the console from either.
 */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../console/dist', import.meta.url));

/**
 * `IAMGATE_CONSOLE` (on by default) and `IAMGATE_CONSOLE_DIR`, the folder of the built console; a relative folder
 * is taken from the working directory.
 */
export function readConsoleSettings(r: EnvReader): ConsoleSettings {
  const enabled = r.bool('IAMGATE_CONSOLE', true);
  const dir = r.optionalString('IAMGATE_CONSOLE_DIR');
  return { enabled, dir: dir === undefined ? DEFAULT_CONSOLE_DIR : isAbsolute(dir) ? dir : resolve(dir) };
}
