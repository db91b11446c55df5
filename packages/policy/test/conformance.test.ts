/**
 * The data-driven conformance suite: every case in `conformance/*.json` runs as its own test through the public
 * entry points `evaluate` and `evaluateTrust`. The format is described in `conformance/README.md`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Decision, evaluate, evaluateTrust, type MatchedStatement } from '../src/index.js';
import { type ConformanceCase, type ExpectedStatement, loadConformanceFiles } from './conformance/cases.js';

const files = loadConformanceFiles(fileURLToPath(new URL('./conformance/', import.meta.url)));

/** Statements compare by policy id and Sid (or index when the statement has no Sid), ignoring order and duplicates. */
function statementKeys(statements: readonly (MatchedStatement | ExpectedStatement)[]): string[] {
  const keys = statements.map((s) => `${s.policyId} :: ${s.sid ?? `#${s.index}`}`);
  return [...new Set(keys)].sort();
}

function decide(c: ConformanceCase): Decision {
  if (c.request) return evaluate(c.request);
  if (c.trust) return evaluateTrust(c.trust);
  throw new Error(`case \`${c.description}\` has neither request nor trust`);
}

function check(c: ConformanceCase): void {
  const actual = decide(c);
  const shown = JSON.stringify(actual);
  const want = c.expect;
  expect(actual.decision, `decision; got ${shown}`).toBe(want.decision);
  if (want.deniedBy)
    expect(statementKeys(actual.deniedBy), `deniedBy; got ${shown}`).toEqual(statementKeys(want.deniedBy));
  if (want.allowedBy) {
    expect(statementKeys(actual.allowedBy), `allowedBy; got ${shown}`).toEqual(statementKeys(want.allowedBy));
  }
  if (want.failedLayer) expect(actual.failedLayer, `failedLayer; got ${shown}`).toBe(want.failedLayer);
  if (want.missingContextKeys) {
    expect(actual.missingContextKeys, `missingContextKeys; got ${shown}`).toEqual(want.missingContextKeys);
  }
}

describe('conformance corpus', () => {
  it('holds at least 300 cases, each citing its source', () => {
    const total = files.reduce((n, f) => n + f.cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    for (const f of files) expect(f.cases.length, f.file).toBeGreaterThan(0);
  });

  it('covers trust decisions as well as evaluations', () => {
    const all = files.flatMap((f) => f.cases);
    expect(all.some((c) => c.trust)).toBe(true);
    expect(all.some((c) => c.request)).toBe(true);
  });
});

for (const { file, title, cases } of files) {
  describe(`${file}: ${title}`, () => {
    for (const c of cases) {
      it(c.description, () => check(c));
    }
  });
}
