import { fileURLToPath } from 'node:url';

/**
 * The committed drizzle-kit migrations. This file sits directly under `src/` (and under `dist/` once built), so
 * `../drizzle` is the package's `drizzle/` folder in both layouts.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
