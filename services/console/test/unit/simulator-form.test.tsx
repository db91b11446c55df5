// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SimulationRequest } from '../../src/simulator/simulation-input.js';
import { buildSimulation } from '../../src/simulator/simulation-input.js';
import { SimulationResults } from '../../src/simulator/simulation-results.js';
import { SimulatorFormView } from '../../src/simulator/simulator-form.js';

const PRINCIPALS = [
  { arn: 'arn:iamgate:iam::111122223333:user/alice', label: 'alice', kind: 'User' as const },
  { arn: 'arn:iamgate:iam::111122223333:role/Auditor', label: 'Auditor', kind: 'Role' as const },
];

afterEach(cleanup);

function renderForm() {
  const sent: SimulationRequest[] = [];
  render(<SimulatorFormView principals={PRINCIPALS} onSimulate={(r) => sent.push(r)} />);
  return sent;
}

describe('the simulator form', () => {
  it("builds simulatePrincipalPolicy's input from a principal, actions, resources and context keys", () => {
    const sent = renderForm();
    fireEvent.change(screen.getByLabelText('Principal'), { target: { value: PRINCIPALS[0]?.arn } });
    fireEvent.change(screen.getByLabelText('Actions (one per line)'), {
      target: { value: 'iam:ListUsers\n iam:CreateUser , iam:ListUsers\n' },
    });
    fireEvent.change(screen.getByLabelText(/Resource ARNs/), {
      target: { value: 'arn:iamgate:iam::111122223333:user/bob\n' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add context key' }));
    fireEvent.change(screen.getByLabelText('Key 1'), { target: { value: 'aws:SourceIp' } });
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'ip' } });
    fireEvent.change(screen.getByLabelText('Values (comma-separated)'), {
      target: { value: '10.0.0.1, 10.0.0.2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(sent).toEqual([
      {
        kind: 'principal',
        input: {
          policySourceArn: 'arn:iamgate:iam::111122223333:user/alice',
          actionNames: ['iam:ListUsers', 'iam:CreateUser'],
          resourceArns: ['arn:iamgate:iam::111122223333:user/bob'],
          contextEntries: [{ key: 'aws:SourceIp', values: ['10.0.0.1', '10.0.0.2'], type: 'ip' }],
        },
      },
    ]);
  });

  it('simulates pasted policies with simulateCustomPolicy', () => {
    const sent = renderForm();
    fireEvent.click(screen.getByLabelText('Pasted policies'));
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    fireEvent.change(screen.getByLabelText('Policy document 1'), { target: { value: policy } });
    fireEvent.change(screen.getByLabelText('Actions (one per line)'), { target: { value: 's3:GetObject' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(sent).toEqual([
      { kind: 'custom', input: { policyInputList: [policy], actionNames: ['s3:GetObject'] } },
    ]);
  });

  it('passes the advanced options through: caller, resource owner, resource policy and boundary', () => {
    const sent = renderForm();
    fireEvent.click(screen.getByLabelText('Pasted policies'));
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}';
    const resourcePolicy =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"s3:GetObject","Resource":"*"}]}';
    const boundary =
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:List*","Resource":"*"}]}';
    fireEvent.change(screen.getByLabelText('Policy document 1'), { target: { value: policy } });
    fireEvent.change(screen.getByLabelText('Actions (one per line)'), { target: { value: 's3:GetObject' } });
    fireEvent.click(screen.getByText('Advanced options'));
    fireEvent.change(screen.getByLabelText('Caller ARN (optional)'), {
      target: { value: ' arn:iamgate:iam::111122223333:user/alice ' },
    });
    fireEvent.change(screen.getByLabelText('Resource owner account (optional)'), {
      target: { value: '444455556666' },
    });
    fireEvent.change(screen.getByLabelText('Resource-based policy (optional, JSON)'), {
      target: { value: resourcePolicy },
    });
    fireEvent.change(screen.getByLabelText('Permissions boundary (optional, JSON)'), {
      target: { value: boundary },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(sent).toEqual([
      {
        kind: 'custom',
        input: {
          policyInputList: [policy],
          actionNames: ['s3:GetObject'],
          callerArn: 'arn:iamgate:iam::111122223333:user/alice',
          resourceOwner: '444455556666',
          resourcePolicy,
          permissionsBoundaryPolicyInputList: [boundary],
        },
      },
    ]);
  });

  it('checks the advanced options before asking the gateway', () => {
    const sent = renderForm();
    fireEvent.change(screen.getByLabelText('Principal'), { target: { value: PRINCIPALS[1]?.arn } });
    fireEvent.change(screen.getByLabelText('Actions (one per line)'), { target: { value: 'iam:ListUsers' } });
    fireEvent.change(screen.getByLabelText('Caller ARN (optional)'), { target: { value: 'alice' } });
    fireEvent.change(screen.getByLabelText('Resource owner account (optional)'), { target: { value: '12' } });
    fireEvent.change(screen.getByLabelText('Resource-based policy (optional, JSON)'), {
      target: { value: '{' },
    });
    fireEvent.change(screen.getByLabelText('Permissions boundary (optional, JSON)'), {
      target: { value: '[' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(sent).toEqual([]);
    expect(Array.from(screen.getByRole('alert').querySelectorAll('li'), (li) => li.textContent)).toEqual([
      '`alice` is not an ARN: write the caller as `arn:partition:iam::account:user/name`.',
      'The resource owner is an account id of 12 digits.',
      'The resource policy is not valid JSON.',
      'The permissions boundary is not valid JSON.',
    ]);
  });

  it('says everything that is wrong before asking the gateway, and asks nothing', () => {
    const sent = renderForm();
    fireEvent.change(screen.getByLabelText('Actions (one per line)'), { target: { value: 'ListUsers' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add context key' }));
    fireEvent.change(screen.getByLabelText('Key 1'), { target: { value: 'aws:username' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(sent).toEqual([]);
    expect(Array.from(screen.getByRole('alert').querySelectorAll('li'), (li) => li.textContent)).toEqual([
      '`ListUsers` is not an action: write it as `service:Action`.',
      'Give `aws:username` at least one value.',
      'Choose the user, group or role to simulate.',
    ]);
  });
});

describe('buildSimulation', () => {
  it('ignores empty context rows and needs a policy that is JSON in custom mode', () => {
    const form = {
      mode: 'custom' as const,
      principalArn: '',
      actions: 'iam:GetUser',
      resources: '',
      context: [{ key: '', type: '' as const, values: '' }],
    };
    expect(buildSimulation({ ...form, policies: ['{'] })).toEqual({
      ok: false,
      errors: ['Policy 1 is not valid JSON.'],
    });
    expect(buildSimulation({ ...form, policies: ['  '] })).toEqual({
      ok: false,
      errors: ['Paste at least one policy document.'],
    });
  });
});

describe('the simulation results', () => {
  it('shows each decision with its matched statements, failed layer and missing context keys', () => {
    render(
      <SimulationResults
        results={[
          {
            allowed: false,
            allowedByPermissionsBoundary: null,
            evalActionName: 'iam:DeleteUser',
            evalResourceName: '*',
            evalDecision: 'implicitDeny',
            explanation: 'ImplicitDeny: nothing allowed the request',
            failedLayer: 'identity',
            missingContextValues: ['aws:multifactorauthpresent'],
            errors: [],
            matchedStatements: [],
          },
          {
            allowed: false,
            allowedByPermissionsBoundary: null,
            evalActionName: 'iam:CreateUser',
            evalResourceName: '*',
            evalDecision: 'explicitDeny',
            explanation: 'ExplicitDeny',
            failedLayer: null,
            missingContextValues: [],
            errors: [],
            matchedStatements: [
              { effect: 'Deny', index: 0, layer: 'identity', policyId: 'NoUsers', sid: 'Deny1' },
            ],
          },
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('Denied (implicit deny)');
    expect([...(rows[0]?.querySelectorAll('td') ?? [])].map((c) => c.textContent).slice(3)).toEqual([
      'None',
      'identity',
      'aws:multifactorauthpresent',
    ]);
    expect(rows[1]?.textContent).toContain('Denied (explicit deny)');
    expect(rows[1]?.querySelector('li')?.textContent).toBe('Deny NoUsers statement Deny1 in identity');
  });
});
