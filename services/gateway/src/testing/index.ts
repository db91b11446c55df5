/**
 * `@iamgate/gateway/testing`: a real gateway in a test's process, on a database of its own, for the tests of apps
 * and packages that talk to it (the SDK's, the CLI's, the console's and the system tests use it).
 */
export type { TestDriver } from '@iamgate/store/testing';
export {
  IN_PROCESS_ROOT_PASSWORD,
  type InProcessGateway,
  type InProcessGatewayOptions,
  startInProcessGateway,
} from './in-process-gateway.js';
export { runningClock, type TestClock, testClock } from './test-clock.js';
