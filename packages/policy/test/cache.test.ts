/**
 * Compile once: the same document object, text or id is never parsed twice, and policy lists are indexed once.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parsePolicy } from '../src/index.js';
import { policySetFor } from '../src/policy-set.js';
import { allow, deny, policy, request } from './helpers.js';

describe('compile cache', () => {
  it('returns the same compiled policy for the same object, the same text and an id wrapper', () => {
    const doc = policy(allow());
    expect(parsePolicy(doc).policy).toBeDefined();
    expect(parsePolicy(doc).policy).toBe(parsePolicy(doc).policy);
    const text = JSON.stringify(doc);
    expect(parsePolicy(text).policy).toBe(parsePolicy(`${text}`).policy);
    expect(parsePolicy({ id: 'x', document: text }).policy).toBe(parsePolicy(text).policy);
    expect(parsePolicy({ id: 'y', document: doc }).policy).toBe(parsePolicy(doc).policy);
  });

  it('reports kind-independent findings and no policy when there is an error', () => {
    const outcome = parsePolicy(
      '{"Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*","Condition":{"Nope":{}}}}',
    );
    expect(outcome.policy).toBeUndefined();
    expect(outcome.findings.map((f) => f.code)).toEqual(['MISSING_VERSION', 'UNKNOWN_OPERATOR']);
  });

  it('indexes statements by service', () => {
    const compiled = parsePolicy(
      policy(allow('s3:GetObject'), allow('ec2:*'), allow('*'), {
        Effect: 'Deny',
        NotAction: 'iam:*',
        Resource: '*',
      }),
    ).policy!;
    expect(compiled.candidates('s3').map((s) => s.index)).toEqual([0, 2, 3]);
    expect(compiled.candidates('ec2').map((s) => s.index)).toEqual([1, 2, 3]);
    expect(compiled.candidates('sqs').map((s) => s.index)).toEqual([2, 3]);
  });

  it('reuses a policy list and notices when it changed in place', () => {
    const identity = [policy(allow('s3:GetObject'))];
    const set = policySetFor(identity, 'identity');
    expect(policySetFor(identity, 'identity')).toBe(set);
    expect(evaluate(request({ policies: { identity } })).decision).toBe('Allow');
    identity.push(policy(deny()));
    expect(policySetFor(identity, 'identity')).not.toBe(set);
    expect(evaluate(request({ policies: { identity } })).decision).toBe('ExplicitDeny');
    identity[1] = policy(allow('ec2:*'));
    expect(evaluate(request({ policies: { identity } })).decision).toBe('Allow');
  });

  it('remembers statements per action without mixing actions up', () => {
    const identity = [policy(allow('s3:Get*'), deny('s3:PutObject'))];
    expect(evaluate(request({ action: 's3:GetObject', policies: { identity } })).decision).toBe('Allow');
    expect(evaluate(request({ action: 's3:PutObject', policies: { identity } })).decision).toBe(
      'ExplicitDeny',
    );
    expect(evaluate(request({ action: 'S3:GETOBJECT', policies: { identity } })).decision).toBe('Allow');
  });
});
