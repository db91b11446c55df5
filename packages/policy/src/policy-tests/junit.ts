import type { PolicyTestReport } from './run-suite.js';

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The reports as JUnit XML, which CI systems show as test results: one `testsuite` per suite, one `testcase` per
 * request (`<test> <principal> <action> <resource>`), with a `failure` for a wrong decision.
 */
export function toJUnitXml(reports: readonly PolicyTestReport[]): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const tests = reports.reduce((n, r) => n + r.results.length, 0);
  const failures = reports.reduce((n, r) => n + r.failed, 0);
  lines.push(`<testsuites name="iamgate policy tests" tests="${tests}" failures="${failures}">`);
  for (const report of reports) {
    lines.push(
      `  <testsuite name="${xml(report.suite)}" tests="${report.results.length}" failures="${report.failed}">`,
    );
    for (const r of report.results) {
      const name = xml(`${r.test}: ${r.principal} ${r.action} ${r.resource}`);
      if (r.passed) {
        lines.push(`    <testcase classname="${xml(report.suite)}" name="${name}"/>`);
      } else {
        lines.push(`    <testcase classname="${xml(report.suite)}" name="${name}">`);
        lines.push(`      <failure message="${xml(`expected ${r.expected}, got ${r.actual}`)}"/>`);
        lines.push('    </testcase>');
      }
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}
