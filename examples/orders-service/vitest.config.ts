import { iamgateVitestConfig } from '@iamgate/vitest-config';

// The end-to-end test signs in, provisions workloads and runs two services against a real gateway.
export default iamgateVitestConfig({ test: { testTimeout: 60_000, hookTimeout: 120_000 } });
