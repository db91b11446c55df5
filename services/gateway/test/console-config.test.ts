/** The console's settings and its line in the start banner (issue 16). */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { banner } from '../src/bootstrap/banner.js';
import type { FirstAccount } from '../src/bootstrap/ensure-first-account.js';
import { loadConfig } from '../src/config/load-config.js';

const CONSOLE_DIST = fileURLToPath(new URL('../../console/dist', import.meta.url));

describe('console settings', () => {
  it('serve services/console/dist by default', () => {
    expect(loadConfig({}).console).toEqual({ enabled: true, dir: CONSOLE_DIST });
  });

  it('read IAMGATE_CONSOLE and IAMGATE_CONSOLE_DIR, a relative folder from the working directory', () => {
    expect(loadConfig({ IAMGATE_CONSOLE: 'false' }).console.enabled).toBe(false);
    expect(loadConfig({ IAMGATE_CONSOLE_DIR: '/srv/console' }).console.dir).toBe('/srv/console');
    expect(loadConfig({ IAMGATE_CONSOLE_DIR: 'web' }).console.dir).toBe(resolve('web'));
    expect(() => loadConfig({ IAMGATE_CONSOLE: 'maybe' })).toThrow(/IAMGATE_CONSOLE/);
  });
});

describe('the start banner', () => {
  const first = {
    account: { id: '123456789012', alias: null, rootEmail: 'root@iamgate.local' },
    created: false,
    generatedPassword: undefined,
  } as unknown as FirstAccount;
  const config = loadConfig({ IAMGATE_DATA_DIR: join('/tmp', 'data') });

  it("prints the console's URL when it is built", () => {
    const text = banner(config, first, 'pglite', 'built');
    expect(text).toContain('  Console             http://localhost:4000/console/');
    expect(text).toContain('open http://localhost:4000/console/ and sign in');
  });

  it('says to sign in with the CLI where GraphiQL is not served (off, or only trusted documents run)', () => {
    const only = loadConfig({ IAMGATE_DATA_DIR: join('/tmp', 'data'), IAMGATE_TRUSTED_DOCUMENTS: 'only' });
    const text = banner(only, first, 'pglite', 'built');
    expect(text).toContain('  GraphQL             http://localhost:4000/graphql');
    expect(text).not.toContain('GraphiQL');
    expect(text).toContain(
      'pnpm iamgate sign-in --url http://localhost:4000/graphql --email root@iamgate.local --password-stdin',
    );
    expect(banner(config, first, 'pglite', 'built')).toContain('GraphQL + GraphiQL');
  });

  it('says how to build it when it is missing, and nothing when it is off', () => {
    expect(banner(config, first, 'pglite', 'missing')).toContain('pnpm --filter @iamgate/console build');
    expect(banner(config, first, 'pglite', 'off')).not.toContain('Console');
  });
});
