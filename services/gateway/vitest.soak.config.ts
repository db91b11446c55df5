import { createRequire } from 'node:module';
import { iamgateVitestConfig } from '@iamgate/vitest-config';

const require = createRequire(import.meta.url);

const config = iamgateVitestConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  // A hang detector, not a budget: the soak itself decides how long it runs (SOAK_SECONDS).
  test: { testTimeout: 900_000 },
});

/** `pnpm test:soak`: the bounded soak tests in `soak/` (a few minutes), kept out of `pnpm test`. */
export default { ...config, test: { ...config.test, include: ['soak/**/*.soak.ts'] } };
