// @vitest-environment jsdom
import { AccessDeniedError, MalformedPolicyDocumentError, NoSuchEntityError } from '@iamgate/sdk';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { isSessionEnded, toProblem } from '../../src/api/problem.js';
import { ProblemNotice } from '../../src/components/problem-notice.js';

afterEach(cleanup);

const PRINCIPAL = 'arn:iamgate:sts::111122223333:assumed-role/Auditor/admin';
const RESOURCE = 'arn:iamgate:iam::111122223333:user/intruder';
/** An `AccessDenied` as the gateway's `accessDenied` (src/authz/access-denied.ts) makes it. */
const denied = new AccessDeniedError(
  `\`${PRINCIPAL}\` is not authorized to perform \`iam:CreateUser\` on resource \`${RESOURCE}\` because no identity-based policy allows the \`iam:CreateUser\` action`,
  {
    requestId: 'req-1',
    extensions: {
      code: 'AccessDenied',
      principal: PRINCIPAL,
      action: 'iam:CreateUser',
      resource: RESOURCE,
      decision: 'ImplicitDeny',
      failedLayer: 'identity',
      deniedBy: [],
    },
  },
);

describe('toProblem', () => {
  it("reads AccessDenied's principal, action, resource, decision and the reason out of its message", () => {
    expect(toProblem(denied)).toEqual({
      code: 'AccessDenied',
      message: denied.message,
      requestId: 'req-1',
      denial: {
        principal: PRINCIPAL,
        action: 'iam:CreateUser',
        resource: RESOURCE,
        reason: 'because no identity-based policy allows the `iam:CreateUser` action',
        decision: 'ImplicitDeny',
        failedLayer: 'identity',
        deniedBy: [],
      },
      findings: [],
    });
  });

  it('keeps the findings of a malformed policy, and tells an ended session from other errors', () => {
    const malformed = new MalformedPolicyDocumentError('the policy is not valid', {
      extensions: {
        findings: [
          {
            code: 'MISSING_EFFECT',
            severity: 'ERROR',
            path: '/Statement/0',
            message: 'a statement needs `Effect`',
          },
        ],
      },
    });
    expect(toProblem(malformed).findings).toEqual([
      {
        code: 'MISSING_EFFECT',
        severity: 'ERROR',
        path: '/Statement/0',
        message: 'a statement needs `Effect`',
      },
    ]);
    expect(isSessionEnded(toProblem(new NoSuchEntityError('no user `bob`')))).toBe(false);
    expect(toProblem(new TypeError('boom'))).toMatchObject({
      code: 'ConsoleError',
      message: 'boom',
      denial: undefined,
    });
  });
});

describe('ProblemNotice', () => {
  it('shows a refusal as who was refused what, on which resource, and why', () => {
    render(<ProblemNotice problem={toProblem(denied)} />);
    const alert = screen.getByRole('alert');
    const facts = Object.fromEntries(
      Array.from(alert.querySelectorAll('dt'), (dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(alert.querySelector('strong')?.textContent).toBe('Access denied');
    expect(facts).toEqual({
      Principal: PRINCIPAL,
      Action: 'iam:CreateUser',
      Resource: RESOURCE,
      Reason: 'because no identity-based policy allows the `iam:CreateUser` action',
      'Failed layer': 'identity',
    });
    expect(alert.textContent).toContain('Request id req-1');
  });

  it('shows other errors by code and message, and nothing without a problem', () => {
    const { container, rerender } = render(<ProblemNotice problem={undefined} />);
    expect(container.innerHTML).toBe('');
    rerender(<ProblemNotice problem={toProblem(new NoSuchEntityError('no user `bob`'))} />);
    expect(screen.getByRole('alert').textContent).toBe('NoSuchEntityno user `bob`');
  });
});
