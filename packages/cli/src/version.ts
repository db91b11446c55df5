import { readFileSync } from 'node:fs';

/**
 * The CLI's version, from its own `package.json`. This module is `src/version.ts` when run from source and
 * `dist/version.js` once built or installed; both sit one level below `package.json`, which npm always packs.
 */
export function cliVersion(moduleUrl: string | URL = import.meta.url): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', moduleUrl), 'utf8')) as {
    version?: unknown;
  };
  if (typeof manifest.version !== 'string') throw new Error('the CLI package.json has no version');
  return manifest.version;
}

/**
 * `iamgate --version`: the CLI, the runtime and the platform, as `aws --version` prints
 * `aws-cli/2.15.0 Python/3.11.6 Linux/6.5.0`.
 *
 * @example
 * versionLine(); // "iamgate/0.1.0 node/20.19.0 linux/x64"
 */
export function versionLine(): string {
  return `iamgate/${cliVersion()} node/${process.versions.node} ${process.platform}/${process.arch}\n`;
}
