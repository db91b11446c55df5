export { checkPolicyTestSuite, PolicyTestSuiteError } from './check-suite.js';
export { toJUnitXml } from './junit.js';
export { type PolicyTestReport, type PolicyTestResult, runPolicyTests } from './run-suite.js';
export type {
  ExpectedDecision,
  PolicyTestCase,
  PolicyTestSuite,
  TestPrincipal,
  TestResource,
} from './suite.js';
