import { iamgateVitestConfig } from '@iamgate/vitest-config';

export default iamgateVitestConfig({
  test: {
    include: ['system/**/*.test.ts', 'cross-package/**/*.test.ts'],
    globalSetup: ['support/global-setup.ts'],
  },
});
