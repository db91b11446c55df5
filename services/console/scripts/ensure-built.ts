/**
 * `pnpm start` runs this before the gateway: builds the console when `dist/` is missing or older than its sources,
 * unless the gateway will not serve this build (`IAMGATE_CONSOLE=false`, or another `IAMGATE_CONSOLE_DIR`).
 */
import { buildConsole, consoleIsStale } from './console-build.js';

const off = ['false', '0', 'no', 'off'].includes((process.env.IAMGATE_CONSOLE ?? '').trim().toLowerCase());
const elsewhere = (process.env.IAMGATE_CONSOLE_DIR ?? '').trim() !== '';

if (!off && !elsewhere && consoleIsStale()) {
  process.stdout.write('building the iamgate console (services/console/dist)...\n');
  await buildConsole();
}
