import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { iamgateVitestConfig } from '@iamgate/vitest-config';

// The end-to-end tests run the gateway in process. graphql 16 has a CommonJS and an ES build: Node gives yoga and
// Pothos the CommonJS one, so the gateway's sources must get that file too (see services/gateway/vitest.config.ts);
// the console has no graphql of its own to resolve, so it is found from the gateway's package.
const fromGateway = createRequire(
  fileURLToPath(new URL('./node_modules/@iamgate/gateway/package.json', import.meta.url)),
);

export default iamgateVitestConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: fromGateway.resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // The end-to-end tests drive the built console: build it (when its sources changed) before any test runs.
    globalSetup: [fileURLToPath(new URL('./test/support/build-console.ts', import.meta.url))],
  },
});
