import { fileURLToPath } from 'node:url';
import { iamgateVitestConfig } from '@iamgate/vitest-config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default iamgateVitestConfig({
  resolve: {
    // The tests import the package by its own name, as other packages do; Vite does not resolve self-references.
    alias: [
      { find: /^@iamgate\/store\/testing$/, replacement: source('./src/testing/index.ts') },
      { find: /^@iamgate\/store$/, replacement: source('./src/index.ts') },
    ],
  },
});
