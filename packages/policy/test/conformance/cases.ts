/**
 * Loads and checks the conformance cases stored as JSON next to this file. The shape is checked strictly (unknown
 * keys, missing fields, unknown decisions or layers are errors) so that a typo in a case fails loudly instead of
 * silently weakening what the case asserts. See README.md in this folder for the format.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionKind, EvaluationRequest, Layer, TrustRequest } from '../../src/index.js';

/** A statement named in an expectation: its policy id and its `Sid`, or its index when it has no `Sid`. */
export interface ExpectedStatement {
  policyId: string;
  sid?: string;
  index?: number;
}

/** What a case asserts. Only `decision` is always compared; the other fields are compared when present. */
export interface Expectation {
  decision: DecisionKind;
  deniedBy?: ExpectedStatement[];
  allowedBy?: ExpectedStatement[];
  failedLayer?: Layer;
  missingContextKeys?: string[];
}

/** One case: exactly one of `request` (for `evaluate`) or `trust` (for `evaluateTrust`). */
export interface ConformanceCase {
  description: string;
  /** The AWS page (`IAM/latest/UserGuide/<page>.html#<anchor>`) or the iamgate document section it comes from. */
  source: string;
  request?: EvaluationRequest;
  trust?: TrustRequest;
  expect: Expectation;
}

/** One JSON file: a topic title and its cases. */
export interface ConformanceFile {
  file: string;
  title: string;
  cases: ConformanceCase[];
}

const DECISIONS: readonly string[] = ['Allow', 'ExplicitDeny', 'ImplicitDeny'];
const LAYERS: readonly string[] = ['guardrail', 'resource', 'identity', 'permissionsBoundary', 'session'];
/** AWS documentation paths, or a section of the two iamgate documents the contract lives in. */
export const SOURCE_PATTERN =
  /^(?:(?:IAM|STS)\/latest\/(?:UserGuide|APIReference)\/[\w.-]+\.html(?:#[\w.-]+)?|shared\/reference\/iam\.md#[\w.-]+|docs\/policy-semantics\.md#[\w.-]+)$/;

type Json = Record<string, unknown>;

function fail(where: string, message: string): never {
  throw new Error(`${where}: ${message}`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function onlyKeys(where: string, value: Json, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(where, `unknown key \`${key}\``);
  }
}

function checkStatements(where: string, value: unknown): ExpectedStatement[] {
  if (!Array.isArray(value)) fail(where, 'must be an array');
  return value.map((entry, i) => {
    const at = `${where}[${i}]`;
    if (!isObject(entry)) fail(at, 'must be an object');
    onlyKeys(at, entry, ['policyId', 'sid', 'index']);
    if (typeof entry.policyId !== 'string') fail(at, '`policyId` must be a string');
    if (entry.sid !== undefined && typeof entry.sid !== 'string') fail(at, '`sid` must be a string');
    if (entry.index !== undefined && !Number.isInteger(entry.index)) fail(at, '`index` must be an integer');
    if ((entry.sid === undefined) === (entry.index === undefined))
      fail(at, 'give exactly one of `sid` and `index`');
    return entry as unknown as ExpectedStatement;
  });
}

function checkExpectation(where: string, value: unknown): Expectation {
  if (!isObject(value)) fail(where, 'must be an object');
  onlyKeys(where, value, ['decision', 'deniedBy', 'allowedBy', 'failedLayer', 'missingContextKeys']);
  if (typeof value.decision !== 'string' || !DECISIONS.includes(value.decision))
    fail(where, 'bad `decision`');
  if (value.deniedBy !== undefined) checkStatements(`${where}.deniedBy`, value.deniedBy);
  if (value.allowedBy !== undefined) checkStatements(`${where}.allowedBy`, value.allowedBy);
  if (value.failedLayer !== undefined) {
    if (typeof value.failedLayer !== 'string' || !LAYERS.includes(value.failedLayer))
      fail(where, 'bad `failedLayer`');
    if (value.decision !== 'ImplicitDeny') fail(where, '`failedLayer` only goes with ImplicitDeny');
  }
  const keys = value.missingContextKeys;
  if (keys !== undefined && !(Array.isArray(keys) && keys.every((k) => typeof k === 'string'))) {
    fail(where, '`missingContextKeys` must be a list of strings');
  }
  return value as unknown as Expectation;
}

function checkCase(where: string, value: unknown): ConformanceCase {
  if (!isObject(value)) fail(where, 'must be an object');
  onlyKeys(where, value, ['description', 'source', 'request', 'trust', 'expect']);
  if (typeof value.description !== 'string' || value.description.length === 0)
    fail(where, 'missing `description`');
  const at = `${where} (${value.description})`;
  if (typeof value.source !== 'string' || !SOURCE_PATTERN.test(value.source)) fail(at, 'bad `source`');
  if ((value.request === undefined) === (value.trust === undefined))
    fail(at, 'give exactly one of `request`, `trust`');
  if (value.request !== undefined && !isObject(value.request)) fail(at, '`request` must be an object');
  if (value.trust !== undefined && !isObject(value.trust)) fail(at, '`trust` must be an object');
  checkExpectation(`${at}.expect`, value.expect);
  return value as unknown as ConformanceCase;
}

/** Reads every `*.json` file of `dir`, checks it, and returns the files sorted by name. */
export function loadConformanceFiles(dir: string): ConformanceFile[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return names.map((file) => {
    const data: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    if (!isObject(data)) fail(file, 'must hold an object');
    onlyKeys(file, data, ['title', 'cases']);
    if (typeof data.title !== 'string') fail(file, 'missing `title`');
    if (!Array.isArray(data.cases)) fail(file, '`cases` must be an array');
    const cases = data.cases.map((c, i) => checkCase(`${file}#${i}`, c));
    const seen = new Set<string>();
    for (const c of cases) {
      if (seen.has(c.description)) fail(file, `duplicate description \`${c.description}\``);
      seen.add(c.description);
    }
    return { file, title: data.title, cases };
  });
}
