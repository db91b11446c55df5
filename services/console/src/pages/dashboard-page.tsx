import { useQuery } from '../api/use-api.js';
import { AuditTable } from '../audit/audit-table.js';
import { ArnLink } from '../components/arn-link.js';
import { DataTable } from '../components/data-table.js';
import { Loading, PageHeader, Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { Link } from '../router/router.js';

const SEVERITY_ORDER = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** The IAM dashboard: what the account holds against its quotas, what needs attention, and what just happened. */
export function DashboardPage() {
  const summary = useQuery((c) => c.api.getAccountSummary(), []);
  const findings = useQuery((c) => c.api.listSecurityFindings(), []);
  const events = useQuery((c) => c.api.auditEvents({ first: 10 }), []);
  const map = new Map(summary.data?.summaryMap.map((e) => [e.key, e.value]) ?? []);
  // AWS's SummaryMap keys: a count and its quota (workloads are iamgate's instance profiles).
  const counts: [string, string, string][] = [
    ['Users', '/users', 'Users'],
    ['User groups', '/groups', 'Groups'],
    ['Roles', '/roles', 'Roles'],
    ['Customer managed policies', '/policies', 'Policies'],
    ['Workloads', '/workloads', 'InstanceProfiles'],
  ];
  const sorted = [...(findings.data ?? [])].sort(
    (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
  return (
    <>
      <PageHeader title="IAM dashboard" />
      <Section title="IAM resources">
        <ProblemNotice problem={summary.problem} />
        {summary.loading && <Loading what="the account summary" />}
        {summary.data && (
          <ul className="cards">
            {counts.map(([label, to, key]) => (
              <li key={label} className="card">
                <Link to={to}>{label}</Link>
                <span className="card-count">{map.get(key) ?? 0}</span>
                {map.has(`${key}Quota`) && <span className="muted">Quota {map.get(`${key}Quota`)}</span>}
              </li>
            ))}
          </ul>
        )}
        {summary.data && map.get('AccountMFAEnabled') === 0 && (
          <p className="notice notice-warning">
            The root user has no MFA device: add one (AWS's first recommendation).
          </p>
        )}
        {summary.data && summary.data.quotas.length > 0 && (
          <details>
            <summary>Quotas</summary>
            <DataTable caption="Quotas of the account" columns={['Quota', 'Limit']}>
              {summary.data.quotas.map((q) => (
                <tr key={q.name}>
                  <td>{q.name}</td>
                  <td>{q.limit}</td>
                </tr>
              ))}
            </DataTable>
          </details>
        )}
      </Section>
      <Section title="Security recommendations">
        <ProblemNotice problem={findings.problem} />
        {findings.loading && <Loading what="security findings" />}
        {findings.data?.length === 0 && <p>No findings: the account follows the recommended practices.</p>}
        {sorted.length > 0 && (
          <DataTable caption="Security findings" columns={['Severity', 'Finding', 'Entity']}>
            {sorted.map((f) => (
              <tr key={`${f.code}:${f.entityArn}:${f.accessKeyId ?? ''}:${f.policyName ?? ''}`}>
                <td>
                  <span className={`badge badge-${f.severity.toLowerCase()}`}>{f.severity}</span>
                </td>
                <td>{f.message}</td>
                <td>
                  <ArnLink arn={f.entityArn} />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Section>
      <Section title="Recent activity" actions={<Link to="/audit">Audit log</Link>}>
        <ProblemNotice problem={events.problem} />
        {events.data && (
          <AuditTable
            events={events.data.edges.map((e) => e.node)}
            caption="The ten most recent audit events"
          />
        )}
      </Section>
    </>
  );
}
