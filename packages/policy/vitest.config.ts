import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@iamgate/source'] },
  test: { include: ['test/**/*.test.ts'] },
});
