/** vitest's global setup: the end-to-end tests serve `dist/`, so it is built from the current sources first. */
import { buildConsole, consoleIsStale } from '../../scripts/console-build.js';

export default async function setup(): Promise<void> {
  if (consoleIsStale()) await buildConsole();
}
