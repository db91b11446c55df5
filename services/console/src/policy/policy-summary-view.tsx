import { summarizePolicy } from './policy-summary.js';

/** The summary table of a policy document: per service, what each statement allows or denies, where and when. */
export function PolicySummaryView({ document }: { document: string }) {
  const summary = summarizePolicy(document);
  if (summary.kind === 'unreadable') {
    return <p className="muted">No summary: the document is not readable JSON ({summary.reason}).</p>;
  }
  if (summary.services.length === 0) {
    return <p className="muted">This policy grants nothing: it has no statement with an effect.</p>;
  }
  return (
    <table className="table policy-summary">
      <caption className="visually-hidden">What the policy allows and denies, per service</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Effect</th>
          <th scope="col">Actions</th>
          <th scope="col">Resources</th>
          <th scope="col">Request conditions</th>
          <th scope="col">Statement</th>
        </tr>
      </thead>
      <tbody>
        {summary.services.flatMap(({ service, grants }) =>
          grants.map((g, i) => (
            <tr key={`${service}:${g.statement}:${g.effect}`}>
              {i === 0 ? (
                <th scope="rowgroup" rowSpan={grants.length}>
                  {service}
                </th>
              ) : null}
              <td>
                <span className={g.effect === 'Allow' ? 'badge badge-allow' : 'badge badge-deny'}>
                  {g.effect}
                </span>
              </td>
              <td>
                {g.actions === 'All actions' ? (
                  <strong>All actions</strong>
                ) : (
                  <>
                    {g.except && <strong>All actions except </strong>}
                    {g.actions.join(', ')}
                  </>
                )}
              </td>
              <td>
                {g.resources.length === 0 ? <span className="muted">None</span> : g.resources.join(', ')}
              </td>
              <td>
                {g.conditions.length === 0 ? <span className="muted">None</span> : g.conditions.join('; ')}
              </td>
              <td>{g.statement}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
