/**
 * The packages as a user gets them: `pnpm pack` of each built package, the tarballs installed together into an
 * empty project outside the workspace, every entry point imported by plain Node (no tsx, no `@iamgate/source`
 * condition), and the bins run through npx: the gateway on its embedded database, the CLI against it.
 *
 * Only loopback is reachable from tests, so the install is offline: `pnpm install --offline` with the workspace's
 * own store (`pnpm store path`), which holds every third-party package the workspace installed, and pnpm's
 * metadata cache, which resolves their versions. `pnpm pack` turns `workspace:*` into the version of each of our
 * packages, which the registry does not have: `overrides` point those at the tarballs. npm would need its own cache
 * primed with every package's metadata and tarball, which nothing here holds.
 *
 * The packages must be built first: `pnpm test` builds them (turbo's `^build`); run alone, `pnpm build` first.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../support/cli-process.js';
import { gatewayReady, OPERATOR } from '../support/gateway-process.js';
import { answers200, freePort, REPO, type Started, start } from '../support/processes.js';

const exec = promisify(execFile);

/** The publishable packages, by folder. */
const PACKAGES = {
  '@iamgate/policy': 'packages/policy',
  '@iamgate/store': 'packages/store',
  '@iamgate/sdk': 'packages/sdk',
  '@iamgate/middleware': 'packages/middleware',
  '@iamgate/cli': 'packages/cli',
  '@iamgate/gateway': 'services/gateway',
} as const;
type PackageName = keyof typeof PACKAGES;
const NAMES = Object.keys(PACKAGES) as PackageName[];

interface PackageJson {
  name: string;
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Packs one built package into `destination`; resolves with the tarball's path. */
async function pack(name: PackageName, destination: string): Promise<string> {
  const dir = join(REPO, PACKAGES[name]);
  if (!existsSync(join(dir, 'dist'))) {
    throw new Error(`${name} is not built: run \`pnpm build\` first (\`pnpm test\` does)`);
  }
  const { stdout } = await exec('pnpm', ['pack', '--pack-destination', destination], { cwd: dir });
  const tarball = stdout.trim().split('\n').at(-1) ?? '';
  if (!tarball.endsWith('.tgz')) throw new Error(`pnpm pack of ${name} printed no tarball:\n${stdout}`);
  return tarball;
}

describe('the packages packed and installed from their tarballs', () => {
  let dir: string;
  let project: string;
  let tarballs: Record<PackageName, string>;
  const installed = async (name: PackageName): Promise<PackageJson> =>
    JSON.parse(await readFile(join(project, 'node_modules', name, 'package.json'), 'utf8'));
  /** Runs a command in the installed project, offline and without a terminal. */
  const inProject = (command: string, args: string[], env: Record<string, string> = {}, input = '') =>
    run(command, args, { cwd: project, env: { npm_config_offline: 'true', ...env }, input });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iamgate-packed-'));
    project = join(dir, 'project');
    await mkdir(project);
    const packed = await Promise.all(NAMES.map((name) => pack(name, join(dir, 'tarballs'))));
    tarballs = Object.fromEntries(NAMES.map((name, i) => [name, packed[i]])) as Record<PackageName, string>;
    const tarballOf = Object.fromEntries(NAMES.map((name) => [name, `file:${tarballs[name]}`]));
    await writeFile(
      join(project, 'package.json'),
      JSON.stringify({ name: 'an-app', private: true, type: 'module', dependencies: tarballOf }, null, 2),
    );
    // Our packages depend on each other by version once packed: resolve those to the tarballs too.
    await writeFile(
      join(project, 'pnpm-workspace.yaml'),
      `overrides:\n${NAMES.map((name) => `  '${name}': '${tarballOf[name]}'`).join('\n')}\n`,
    );
    const store = (await exec('pnpm', ['store', 'path'], { cwd: REPO })).stdout.trim();
    const install = await run('pnpm', ['install', '--offline', '--store-dir', store], { cwd: project });
    if (install.code !== 0) {
      throw new Error(
        `the offline install failed (a package missing from pnpm's store or metadata cache: run \`pnpm install\` at the root once online):\n${install.stdout}${install.stderr}`,
      );
    }
  });
  afterAll(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('packs each package with its license, readme and built files, and no workspace or catalog specifiers', async () => {
    const license = await readFile(join(REPO, 'LICENSE'), 'utf8');
    for (const name of NAMES) {
      const { stdout } = await exec('tar', ['-tzf', tarballs[name]]);
      const files = stdout.split('\n');
      expect(files, name).toEqual(
        expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/dist/index.js']),
      );
      expect(
        files.filter((file) => /\.test\.ts$|^package\/test\//.test(file)),
        name,
      ).toEqual([]);
      const root = join(project, 'node_modules', name);
      expect(await readFile(join(root, 'LICENSE'), 'utf8'), `${name}'s LICENSE`).toBe(license);
      const manifest = await readFile(join(root, 'package.json'), 'utf8');
      expect(manifest, name).not.toMatch(/"(workspace|catalog):/);
      expect(JSON.parse(manifest), name).toMatchObject({
        license: 'Apache-2.0',
        engines: { node: '>=20.19' },
        repository: { type: 'git' },
      });
    }
    // The CLI carries the schema it reads its operations from; the private @iamgate/schema is no dependency.
    expect((await exec('tar', ['-tzf', tarballs['@iamgate/cli']])).stdout).toContain(
      'package/dist/schema.graphql',
    );
    expect((await installed('@iamgate/cli')).dependencies).not.toHaveProperty('@iamgate/schema');
  });

  it('imports every entry point of every package with plain Node', async () => {
    const specifiers: string[] = [];
    for (const name of NAMES) {
      const manifest = await installed(name);
      for (const subpath of Object.keys(manifest.exports)) {
        if (subpath !== './package.json')
          specifiers.push(subpath === '.' ? name : `${name}${subpath.slice(1)}`);
      }
    }
    // The gateway's entry point has no side effects (its bin, dist/main.js, starts it).
    const script = `for (const s of ${JSON.stringify(specifiers)}) { const m = await import(s); console.log(s, Object.keys(m).length); }`;
    const imported = await inProject(process.execPath, ['--input-type=module', '-e', script]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const counts = Object.fromEntries(
      imported.stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ')),
    );
    expect(Object.keys(counts).sort()).toEqual([...specifiers].sort());
    for (const [specifier, count] of Object.entries(counts))
      expect(Number(count), specifier).toBeGreaterThan(0);
    expect(specifiers).toEqual(
      expect.arrayContaining(['@iamgate/middleware/fastify', '@iamgate/sdk/drizzle']),
    );
  });

  it('declares the frameworks the middleware adapts to as optional peers', async () => {
    const manifest = (await installed('@iamgate/middleware')) as PackageJson & {
      peerDependenciesMeta: Record<string, { optional: boolean }>;
    };
    for (const peer of ['express', 'fastify', 'hono', 'graphql', '@pothos/core']) {
      expect(manifest.peerDependencies, peer).toHaveProperty(peer);
      expect(manifest.peerDependenciesMeta[peer], peer).toEqual({ optional: true });
    }
  });

  it('runs `npx iamgate --help`', async () => {
    const help = await inProject('npx', ['iamgate', '--help']);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('iamgate iam COMMAND');
  });

  describe('the gateway started with `npx @iamgate/gateway`', () => {
    let gateway: Started;
    let url: string;
    /** Signals npx and the gateway it started, as Ctrl-C in a terminal signals its foreground process group. */
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-(gateway.child.pid as number), signal);
      } catch {
        // the group has exited
      }
    };

    beforeAll(async () => {
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      gateway = start('npx', ['@iamgate/gateway'], {
        cwd: project,
        detached: true, // a process group of its own, for signalGroup
        env: {
          ...process.env,
          npm_config_offline: 'true',
          PORT: String(port),
          // The embedded database (PGlite) in a folder of its own.
          IAMGATE_DATA_DIR: join(dir, 'data'),
          IAMGATE_ROOT_EMAIL: OPERATOR.email,
          IAMGATE_ROOT_PASSWORD: OPERATOR.password,
          // Only the SDK's documents run: the packed gateway carries their manifest, the packed CLI sends their ids.
          IAMGATE_TRUSTED_DOCUMENTS: 'only',
        },
      });
      await gatewayReady(url, gateway.output);
    });
    afterAll(async () => {
      if (gateway?.child.exitCode === null && gateway.child.signalCode === null) {
        signalGroup('SIGKILL');
        await gateway.exited;
      }
    });

    it('answers /readyz on PGlite, and the packed CLI lists its users through trusted documents', async () => {
      const ready = await fetch(`${url}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready' });
      expect(gateway.output()).toContain(`PGlite in ${join(dir, 'data')}`);

      const env = { IAMGATE_CONFIG_DIR: join(dir, 'cli') };
      const signIn = [
        'iamgate',
        'sign-in',
        '--url',
        `${url}/graphql`,
        '--email',
        OPERATOR.email,
        '--password-stdin',
      ];
      const signedIn = await inProject('npx', signIn, env, `${OPERATOR.password}\n`);
      expect(signedIn.stderr).toBe('');
      expect(signedIn.code).toBe(0);
      expect(
        (await inProject('npx', ['iamgate', 'iam', 'create-user', '--user-name', 'alice'], env)).code,
      ).toBe(0);
      const listed = await inProject('npx', ['iamgate', 'iam', 'list-users', '--output', 'json'], env);
      expect(listed.stderr).toBe('');
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/arn:iamgate:iam::\d{12}:user\/alice/);
      const crafted = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(
        ((await crafted.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('UntrustedDocument');
    });

    it('stops on Ctrl-C, closing its database', async () => {
      signalGroup('SIGINT');
      await gateway.exited;
      expect(gateway.output()).toMatch(/"msg":"stopping"[\s\S]*"msg":"stopped"/);
      expect(await answers200(`${url}/healthz`)).toBe(false);
    });
  });
});
