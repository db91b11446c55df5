import type { ContextValue, PolicyInput } from '../types.js';
import type { PolicyTestCase, PolicyTestSuite, TestPrincipal, TestResource } from './suite.js';

/** A suite that is not one: `path` is a JSON pointer to what is wrong. */
export class PolicyTestSuiteError extends Error {
  override readonly name = 'PolicyTestSuiteError';
  /** Stable: branch on it, not on the message. */
  readonly code = 'InvalidPolicyTestSuite';
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${path || '/'}: ${message}`);
  }
}

const EXPECTED = new Set(['Allow', 'Deny', 'ExplicitDeny', 'ImplicitDeny']);

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): Json {
  if (!isObject(value)) throw new PolicyTestSuiteError('must be an object', path);
  return value;
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value === '')
    throw new PolicyTestSuiteError('must be a non-empty string', path);
  return value;
}

function strings(value: unknown, path: string): string[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new PolicyTestSuiteError('must be a non-empty list', path);
  return value.map((v, i) => string(v, `${path}/${i}`));
}

function policy(value: unknown, path: string) {
  if (typeof value === 'string' || isObject(value))
    return value as TestPrincipal['permissionsBoundary'] & object;
  throw new PolicyTestSuiteError('must be a policy document (an object or JSON text)', path);
}

function policies(value: unknown, path: string): PolicyInput[] {
  if (!Array.isArray(value)) throw new PolicyTestSuiteError('must be a list of policy documents', path);
  return value.map((v, i) => policy(v, `${path}/${i}`));
}

function context(value: unknown, path: string): Record<string, ContextValue> {
  const entries = object(value, path);
  for (const [key, v] of Object.entries(entries)) {
    const ok = (x: unknown) => ['string', 'number', 'boolean'].includes(typeof x);
    if (!(ok(v) || (Array.isArray(v) && v.every(ok)))) {
      throw new PolicyTestSuiteError('must be a string, number, boolean or a list of them', `${path}/${key}`);
    }
  }
  return entries as Record<string, ContextValue>;
}

function principal(value: unknown, path: string): TestPrincipal {
  const p = object(value, path);
  const out: TestPrincipal = { arn: string(p.arn, `${path}/arn`) };
  if (p.policies !== undefined) out.policies = policies(p.policies, `${path}/policies`);
  if (p.permissionsBoundary !== undefined)
    out.permissionsBoundary = policy(p.permissionsBoundary, `${path}/permissionsBoundary`);
  if (p.sessionPolicies !== undefined)
    out.sessionPolicies = policies(p.sessionPolicies, `${path}/sessionPolicies`);
  if (p.guardrails !== undefined) {
    if (!Array.isArray(p.guardrails))
      throw new PolicyTestSuiteError('must be a list of levels', `${path}/guardrails`);
    out.guardrails = p.guardrails.map((level, i) => policies(level, `${path}/guardrails/${i}`));
  }
  if (p.context !== undefined) out.context = context(p.context, `${path}/context`);
  return out;
}

function resource(value: unknown, path: string): TestResource {
  const r = object(value, path);
  const out: TestResource = { arn: string(r.arn, `${path}/arn`) };
  if (r.policy !== undefined) out.policy = policy(r.policy, `${path}/policy`);
  if (r.context !== undefined) out.context = context(r.context, `${path}/context`);
  return out;
}

function testCase(value: unknown, path: string, suite: Pick<PolicyTestSuite, 'principals' | 'resources'>) {
  const c = object(value, path);
  const names = (list: string[], known: Record<string, unknown>, at: string) =>
    list.forEach((name, i) => {
      if (!Object.hasOwn(known, name) && !name.startsWith('arn:') && name !== '*') {
        throw new PolicyTestSuiteError(
          `\`${name}\` is neither a name the suite defines nor an ARN`,
          `${at}/${i}`,
        );
      }
    });
  const out: PolicyTestCase = {
    name: string(c.name, `${path}/name`),
    principals: strings(c.principals, `${path}/principals`),
    resources: strings(c.resources, `${path}/resources`),
    actions: {},
  };
  names(out.principals, suite.principals, `${path}/principals`);
  names(out.resources, suite.resources ?? {}, `${path}/resources`);
  const actions = object(c.actions, `${path}/actions`);
  if (Object.keys(actions).length === 0)
    throw new PolicyTestSuiteError('must name at least one action', `${path}/actions`);
  for (const [action, expected] of Object.entries(actions)) {
    if (typeof expected !== 'string' || !EXPECTED.has(expected)) {
      throw new PolicyTestSuiteError(
        'must be Allow, Deny, ExplicitDeny or ImplicitDeny',
        `${path}/actions/${action}`,
      );
    }
    out.actions[action] = expected as PolicyTestCase['actions'][string];
  }
  if (c.context !== undefined) out.context = context(c.context, `${path}/context`);
  return out;
}

/**
 * Checks that `value` (parsed JSON or YAML) is a policy test suite and returns it typed; anything else throws a
 * `PolicyTestSuiteError` naming what is wrong and where. Policy documents themselves are not validated here: a
 * policy that does not parse grants nothing, and the tests say what that means.
 */
export function checkPolicyTestSuite(value: unknown): PolicyTestSuite {
  const s = object(value, '');
  const principals: Record<string, TestPrincipal> = {};
  for (const [name, p] of Object.entries(object(s.principals, '/principals'))) {
    principals[name] = principal(p, `/principals/${name}`);
  }
  const resources: Record<string, TestResource> = {};
  if (s.resources !== undefined) {
    for (const [name, r] of Object.entries(object(s.resources, '/resources'))) {
      resources[name] = resource(r, `/resources/${name}`);
    }
  }
  if (!Array.isArray(s.tests) || s.tests.length === 0)
    throw new PolicyTestSuiteError('must be a non-empty list', '/tests');
  const suite: PolicyTestSuite = {
    name: string(s.name, '/name'),
    principals,
    resources,
    tests: [],
  };
  if (typeof s.description === 'string') suite.description = s.description;
  suite.tests = s.tests.map((t, i) => testCase(t, `/tests/${i}`, suite));
  return suite;
}
