import { defineConfig, mergeConfig } from 'vitest/config';

// Workspace packages resolve to their TypeScript source under the `@iamgate/source` export condition, so tests
// never need a build. Vitest runs Node tests in Vite's SSR environment, which has its own resolve conditions.
const conditions = ['@iamgate/source', 'node', 'import', 'module', 'development|production'];

/** The shared vitest configuration, merged with a package's own settings. */
export function iamgateVitestConfig(overrides = {}) {
  return mergeConfig(
    defineConfig({
      resolve: { conditions },
      ssr: { resolve: { conditions, externalConditions: ['@iamgate/source', 'node'] } },
      test: { include: ['test/**/*.test.ts'] },
    }),
    overrides,
  );
}
