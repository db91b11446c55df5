// @vitest-environment jsdom
import type { PolicyKind } from '@iamgate/policy';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingsList, findingsSummary } from '../../src/policy/findings-list.js';
import { PolicyEditor, usePolicyFindings } from '../../src/policy/policy-editor.js';
import { PolicySummaryView } from '../../src/policy/policy-summary-view.js';

/** The editor as the create-policy page uses it: the engine's findings of the text being typed. */
function Editor({ initial, kind = 'identity' }: { initial: string; kind?: PolicyKind }) {
  const [text, setText] = useState(initial);
  const { findings } = usePolicyFindings(text, kind);
  return <PolicyEditor label="Policy document" value={text} onChange={setText} findings={findings} />;
}

const VALID =
  '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "iam:ListUsers", "Resource": "*" }]\n}';

afterEach(cleanup);

describe('the policy editor', () => {
  it('shows the engine’s findings while typing, and underlines them in place', async () => {
    render(<Editor initial={VALID} />);
    expect(screen.getByText('No findings')).toBeTruthy();
    const area = screen.getByLabelText<HTMLTextAreaElement>('Policy document');
    expect(area.getAttribute('aria-invalid')).toBe('false');
    await act(async () => {
      fireEvent.change(area, { target: { value: VALID.replace('"Effect": "Allow"', '"Effect": "Alow"') } });
    });
    expect(screen.getByText('1 error')).toBeTruthy();
    expect(screen.getByText(/`Effect` must be `Allow` or `Deny`, got `Alow`/)).toBeTruthy();
    expect(area.getAttribute('aria-invalid')).toBe('true');
    // The overlay holds exactly the text, with the finding's stretch marked.
    const overlay = document.querySelector('.code-highlight');
    expect(overlay?.textContent).toBe(`${area.value}\n`);
    expect([...(overlay?.querySelectorAll('.mark-error') ?? [])].map((m) => m.textContent).join('')).toBe(
      '"Effect": "Alow"',
    );
    expect(overlay?.getAttribute('aria-hidden')).toBe('true');
  });

  it('goes to a finding: the textarea gets focus with the finding selected', async () => {
    const typo =
      '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Efect": "Allow", "Action": "iam:ListUsers", "Resource": "*" }]\n}';
    render(<Editor initial={typo} />);
    const go = screen.getByRole('button', { name: 'Line 3, column 19' });
    fireEvent.click(go);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Policy document');
    expect(document.activeElement).toBe(area);
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('"Efect": "Allow"');
  });

  it('checks the document as the kind it is for: a trust policy needs a principal', async () => {
    render(<Editor initial={VALID} kind="trust" />);
    expect(screen.queryByText('No findings')).toBeNull();
    expect(screen.getAllByText(/Principal/).length).toBeGreaterThan(0);
  });

  it('formats valid JSON, and leaves text that is not JSON alone', async () => {
    render(<Editor initial='{"Version":"2012-10-17","Statement":[]}' />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('Policy document');
    fireEvent.click(screen.getByRole('button', { name: 'Format JSON' }));
    expect(area.value).toBe('{\n  "Version": "2012-10-17",\n  "Statement": []\n}');
    fireEvent.change(area, { target: { value: '{"Version":' } });
    fireEvent.click(screen.getByRole('button', { name: 'Format JSON' }));
    expect(area.value).toBe('{"Version":');
  });
});

describe('the findings list', () => {
  it('counts findings by severity', () => {
    expect(findingsSummary([])).toBe('No findings');
    expect(
      findingsSummary([{ severity: 'ERROR' }, { severity: 'ERROR' }, { severity: 'SECURITY_WARNING' }]),
    ).toBe('2 errors, 1 security warning');
  });

  it('lists each finding with its severity, place, message and code', () => {
    render(
      <FindingsList
        findings={[
          {
            severity: 'SECURITY_WARNING',
            code: 'ALLOW_ALL_ACTIONS_ALL_RESOURCES',
            path: '/Statement/0/Action',
            message: 'full administrator access',
            span: { start: 10, end: 20 },
            line: 2,
            column: 3,
          },
        ]}
      />,
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toBe(
      'Security warning Line 2, column 3: full administrator access ALLOW_ALL_ACTIONS_ALL_RESOURCES',
    );
  });
});

describe('the policy summary', () => {
  it('shows one row group per service, with effect, actions, resources and conditions', () => {
    render(
      <PolicySummaryView
        document={JSON.stringify({
          Statement: [
            { Effect: 'Allow', Action: ['iam:ListUsers', 'iam:GetUser'], Resource: '*' },
            {
              Effect: 'Deny',
              Action: 's3:*',
              Resource: 'arn:x',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        })}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent))).toEqual([
      ['iam', 'Allow', 'iam:GetUser, iam:ListUsers', '*', 'None', '#1'],
      ['s3', 'Deny', 'All actions', 'arn:x', 'Bool aws:SecureTransport', '#2'],
    ]);
  });

  it('says why there is no summary for a document that is not JSON', () => {
    render(<PolicySummaryView document="{" />);
    expect(screen.getByText(/No summary: the document is not readable JSON/)).toBeTruthy();
  });
});
