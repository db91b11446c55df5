import type { SimulatePrincipalPolicyQuery } from '@iamgate/sdk';
import { DataTable } from '../components/data-table.js';

export type EvaluationResult = SimulatePrincipalPolicyQuery['simulatePrincipalPolicy'][number];

const DECISION_LABEL: Record<string, string> = {
  allowed: 'Allowed',
  explicitDeny: 'Denied (explicit deny)',
  implicitDeny: 'Denied (implicit deny)',
};

/** Each decision of a simulation with why: matching statements, the layer that did not allow, missing keys. */
export function SimulationResults({ results }: { results: readonly EvaluationResult[] }) {
  return (
    <DataTable
      caption="Simulation results"
      columns={[
        'Action',
        'Resource',
        'Decision',
        'Matched statements',
        'Failed layer',
        'Missing context keys',
      ]}
      className="simulation-results"
    >
      {results.map((r) => (
        <tr key={`${r.evalActionName} ${r.evalResourceName}`}>
          <td>
            <code>{r.evalActionName}</code>
          </td>
          <td>
            <code>{r.evalResourceName}</code>
          </td>
          <td>
            <span className={r.allowed ? 'badge badge-allow' : 'badge badge-deny'}>
              {DECISION_LABEL[r.evalDecision] ?? r.evalDecision}
            </span>
            <p className="explanation">{r.explanation}</p>
            {r.errors.map((e) => (
              <p key={`${e.policyId}:${e.code}`} className="muted">
                {e.policyId}: {e.message}
              </p>
            ))}
          </td>
          <td>
            {r.matchedStatements.length === 0 ? (
              <span className="muted">None</span>
            ) : (
              <ul className="plain-list">
                {r.matchedStatements.map((s) => (
                  <li key={`${s.policyId}:${s.index}`}>
                    {s.effect} <code>{s.policyId}</code>{' '}
                    {s.sid ? `statement ${s.sid}` : `statement ${s.index}`} in {s.layer}
                  </li>
                ))}
              </ul>
            )}
          </td>
          <td>{r.failedLayer ?? <span className="muted">-</span>}</td>
          <td>
            {r.missingContextValues.length === 0 ? (
              <span className="muted">None</span>
            ) : (
              r.missingContextValues.join(', ')
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
