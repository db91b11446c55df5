import { iamgateVitestConfig } from '@iamgate/vitest-config';

export default iamgateVitestConfig();
