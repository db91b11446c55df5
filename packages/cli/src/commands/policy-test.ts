import { readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import {
  checkPolicyTestSuite,
  type PolicyTestReport,
  PolicyTestSuiteError,
  runPolicyTests,
  toJUnitXml,
} from '@iamgate/policy';
import { parse as parseYaml } from 'yaml';
import { ExitCode } from '../exit-codes.js';
import { type CliIo, readUserFile, userPath } from '../io.js';
import { type OutputOptions, printResult } from '../render-result.js';
import { UsageError } from '../usage-error.js';

/** Suite files in a directory: `*.test.json`, `*.test.yaml`, `*.test.yml`, as test runners name their files. */
const SUITE_FILE = /\.test\.(json|ya?ml)$/;
/** A policy document given by reference, relative to the suite file: `file:policies/clerk.json`. */
const FILE_REF = 'file:';

export interface PolicyTestOptions {
  paths: readonly string[];
  output: OutputOptions;
  /** Where to write JUnit XML as well. */
  junit: string | undefined;
}

/** The suite files of a path the user gave, relative to their working directory. */
async function suiteFiles(io: CliIo, path: string): Promise<string[]> {
  const info = await stat(userPath(io, path)).catch(() => undefined);
  if (info === undefined) throw new UsageError(`cannot read \`${path}\`: no such file or directory`);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(userPath(io, path), { recursive: true });
  return entries
    .filter((entry) => SUITE_FILE.test(entry))
    .sort()
    .map((entry) => join(path, entry));
}

/** Replaces `file:` references in policy positions with the documents they name, relative to the suite file. */
async function resolveReferences(io: CliIo, value: unknown, base: string): Promise<unknown> {
  if (typeof value === 'string' && value.startsWith(FILE_REF)) {
    const path = resolve(base, value.slice(FILE_REF.length).replace(/^\/\//, ''));
    try {
      return await io.readFile(path);
    } catch (error) {
      throw new UsageError(`cannot read \`${path}\`: ${(error as Error).message}`);
    }
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolveReferences(io, v, base)));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = await resolveReferences(io, v, base);
    return out;
  }
  return value;
}

async function loadSuite(io: CliIo, file: string) {
  let text: string;
  try {
    text = await readUserFile(io, file);
  } catch (error) {
    throw new UsageError(`cannot read \`${file}\`: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new UsageError(
      `\`${file}\` is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
    );
  }
  try {
    return checkPolicyTestSuite(await resolveReferences(io, parsed, dirname(userPath(io, file))));
  } catch (error) {
    if (error instanceof PolicyTestSuiteError) throw new UsageError(`\`${file}\`: ${error.message}`);
    throw error;
  }
}

/**
 * `iamgate policy test PATH... [--junit FILE]`: runs policy test suites (files, or directories searched for
 * `*.test.json` / `*.test.yaml`) with the engine and prints each decision. Exits 1 (`Findings`) when any decision
 * differs from the expected one, 2 when a suite cannot be read.
 */
export async function policyTest(io: CliIo, options: PolicyTestOptions): Promise<ExitCode> {
  if (options.paths.length === 0) throw new UsageError('policy test needs at least one PATH');
  const files = (await Promise.all(options.paths.map((path) => suiteFiles(io, path)))).flat();
  if (files.length === 0) throw new UsageError('no policy test suites (*.test.json, *.test.yaml) found');
  const reports: PolicyTestReport[] = [];
  for (const file of files) reports.push(runPolicyTests(await loadSuite(io, file)));

  const rows = reports.flatMap((report) =>
    report.results.map((r) => [
      r.passed ? 'PASS' : 'FAIL',
      report.suite,
      r.test,
      r.principal,
      r.action,
      r.resource,
      r.expected,
      r.actual,
    ]),
  );
  printResult(
    io,
    reports.map((report) => ({
      suite: report.suite,
      passed: report.passed,
      failed: report.failed,
      results: report.results.map(({ decision, ...result }) => ({
        ...result,
        failedLayer: decision.failedLayer ?? null,
        deniedBy: decision.deniedBy,
        allowedBy: decision.allowedBy,
      })),
    })),
    options.output,
    {
      records: {
        header: ['RESULT', 'SUITE', 'TEST', 'PRINCIPAL', 'ACTION', 'RESOURCE', 'EXPECTED', 'ACTUAL'],
        rows,
      },
    },
  );
  if (options.junit !== undefined) await writeFile(userPath(io, options.junit), toJUnitXml(reports));
  return reports.every((report) => report.failed === 0) ? ExitCode.Ok : ExitCode.Findings;
}
