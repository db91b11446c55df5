import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript source under the `@iamgate/source` export condition, so tests
// never need a build. Vitest runs Node tests in Vite's SSR environment, which has resolve settings of its own.
//
// Everything else must resolve exactly as Node resolves it:
// - vitest forwards these conditions to its Node workers as `--conditions`; `import` or `module` among them makes
//   `require()` inside CommonJS dependencies load ESM builds (express 5's router then breaks);
// - Vite would give our sources graphql 16's ES build (`index.mjs`, its `module` field) while Node gives Pothos and
//   yoga the CommonJS `main`: two graphql copies fail every `instanceof` check ("Cannot use GraphQLSchema from
//   another module or realm"). So `graphql` is pinned to the file Node loads for the package under test.
const conditions = ['@iamgate/source', 'node', 'development|production'];

function nodeResolvedAliases() {
  const require = createRequire(join(process.cwd(), 'package.json'));
  try {
    return [{ find: /^graphql$/, replacement: require.resolve('graphql') }];
  } catch {
    return []; // this package does not use graphql
  }
}

/** The shared vitest configuration, merged with a package's own settings. */
export function iamgateVitestConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions, alias: nodeResolvedAliases() },
      ssr: { resolve: { conditions, externalConditions: ['@iamgate/source', 'node'] } },
      test: {
        include: ['test/**/*.test.ts'],
        // Timeouts only catch hangs, they are no performance budget (benchmarks measure time): on a loaded machine
        // opening an embedded database takes tens of seconds and a property test's fixed number of runs many.
        // Five minutes: CI runs every package's tests at once on two cores.
        testTimeout: 300_000,
        hookTimeout: 300_000,
        // Only loopback is reachable from tests (see loopback-only.js).
        setupFiles: [fileURLToPath(new URL('./loopback-only.js', import.meta.url))],
      },
    }),
    overrides,
  );
}
