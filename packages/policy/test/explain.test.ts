/**
 * `explain`: decisions rendered for people.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, explain } from '../src/index.js';
import { allow, deny, policy, request } from './helpers.js';

describe('explain', () => {
  it('renders an explicit deny with its statements', () => {
    const text = explain(
      evaluate(
        request({
          policies: {
            identity: [{ id: 'ops', document: policy(allow('s3:*', '*'), { ...deny(), Sid: 'NoReads' }) }],
          },
        }),
      ),
    );
    expect(text.split('\n')).toEqual([
      'ExplicitDeny: a Deny statement matched; nothing can override it',
      'denied by:',
      '  - identity-based policy `ops`, statement 1 (Sid `NoReads`)',
      'allowed by:',
      '  - identity-based policy `ops`, statement 0',
    ]);
  });

  it('renders the failed layer, missing keys and unusable policies', () => {
    const identity = [
      policy(allow('s3:GetObject', '*', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
      '{oops',
    ];
    const text = explain(evaluate(request({ policies: { identity } })));
    expect(text).toContain('ImplicitDeny: nothing allowed the request');
    expect(text).toContain('failed layer: identity: no identity-based policy allows the request');
    expect(text).toContain('missing context keys: aws:securetransport');
    expect(text).toContain('`identity[1]`: INVALID_JSON');
  });

  it('renders an allow', () => {
    expect(explain(evaluate(request({ policies: { identity: [policy(allow())] } })))).toBe(
      'Allow: the request is allowed\nallowed by:\n  - identity-based policy `identity[0]`, statement 0',
    );
  });
});
