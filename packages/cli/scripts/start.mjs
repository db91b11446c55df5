// `pnpm iamgate ARGS` (the repository root's script) and `pnpm --filter @iamgate/cli start ARGS`: the CLI from its
// TypeScript source, run with tsx in the directory the command was typed in, with the CLI's exit code.
//
// pnpm runs a package's scripts in the package's folder and names the directory the command was typed in as
// INIT_CWD (the gateway's `pnpm start` reads its data directory from there too). The CLI reads relative paths
// (`file://./policy.json`, `--services ./x.json`, `policy test suites/`) from its working directory, so it runs
// there. This file is run by node itself, never through a second pnpm: that one would set INIT_CWD to where it was
// started, and a recursive `pnpm --filter ... start` turns every failing exit code into 1.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const child = spawn(
  process.execPath,
  ['--conditions=@iamgate/source', '--import', import.meta.resolve('tsx'), main, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: process.env.INIT_CWD || process.cwd(),
    // tsx would otherwise compile the CLI with the tsconfig.json of wherever it runs.
    env: { ...process.env, TSX_TSCONFIG_PATH: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) },
  },
);

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
for (const signal of SIGNALS) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
  if (signal === null) {
    process.exitCode = code ?? 1;
    return;
  }
  // Ended by a signal: end the same way, so the shell sees 128 + its number.
  for (const name of SIGNALS) process.removeAllListeners(name);
  process.kill(process.pid, signal);
});
