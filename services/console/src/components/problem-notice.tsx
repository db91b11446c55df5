import type { Problem } from '../api/problem.js';
import type { Action } from '../api/use-api.js';

/**
 * An error as the console shows it. `AccessDenied` names who was refused what, on which resource and why (from the
 * error's extensions), the way AWS's console explains a refused action; anything else shows its code and message.
 */
export function ProblemNotice({
  problem,
  onDismiss,
}: {
  problem: Problem | undefined;
  onDismiss?: () => void;
}) {
  if (problem === undefined) return null;
  const { denial } = problem;
  return (
    <div className="notice notice-error" role="alert">
      <div className="notice-head">
        <strong>{denial ? 'Access denied' : problem.code}</strong>
        {onDismiss && (
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
      {denial ? (
        <dl className="denial">
          <dt>Principal</dt>
          <dd>
            <code>{denial.principal}</code>
          </dd>
          <dt>Action</dt>
          <dd>
            <code>{denial.action}</code>
          </dd>
          <dt>Resource</dt>
          <dd>
            <code>{denial.resource}</code>
          </dd>
          <dt>Reason</dt>
          <dd>{denial.reason}</dd>
          {denial.failedLayer && (
            <>
              <dt>Failed layer</dt>
              <dd>{denial.failedLayer}</dd>
            </>
          )}
          {denial.deniedBy.length > 0 && (
            <>
              <dt>Denied by</dt>
              <dd>
                {denial.deniedBy.map((d) => (
                  <div key={`${d.policyId}/${d.sid ?? ''}`}>
                    <code>{d.policyId}</code>
                    {d.sid ? ` statement ${d.sid}` : ''} ({d.layer})
                  </div>
                ))}
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p>{problem.message}</p>
      )}
      {problem.findings.length > 0 && (
        <ul>
          {problem.findings.map((f) => (
            <li key={`${f.path}:${f.code}`}>
              <code>{f.path || '/'}</code> {f.message}
            </li>
          ))}
        </ul>
      )}
      {problem.requestId && <p className="muted">Request id {problem.requestId}</p>}
    </div>
  );
}

/**
 * The problem of a panel that reads and changes: what its read failed with, else what its last change failed with.
 * Only the change's can be dismissed: the read's stays until a new read succeeds.
 */
export function DismissibleProblem({ read, action }: { read?: Problem | undefined; action: Action }) {
  return (
    <ProblemNotice problem={read ?? action.problem} onDismiss={action.problem ? action.clear : undefined} />
  );
}
