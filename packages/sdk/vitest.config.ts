import { iamgateVitestConfig } from '@iamgate/vitest-config';

// End-to-end files start a gateway on a fresh database per driver in `beforeAll`; migrating PGlite takes seconds.
export default iamgateVitestConfig({ test: { hookTimeout: 120_000, testTimeout: 60_000 } });
