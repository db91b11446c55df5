import type { AuditEventsQuery } from '@iamgate/sdk';
import { ArnLink } from '../components/arn-link.js';
import { When } from '../components/page.js';

export type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** Audit events, each linked to the principal and the resource it names. */
export function AuditTable({ events, caption }: { events: readonly AuditEvent[]; caption: string }) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Principal</th>
          <th scope="col">Action</th>
          <th scope="col">Resource</th>
          <th scope="col">Decision</th>
          <th scope="col">Error</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.eventId}>
            <td>
              <When iso={e.occurredAt} />
            </td>
            <td>
              <ArnLink arn={e.principalArn} />
            </td>
            <td>
              <code>{e.action}</code>
            </td>
            <td>
              <ArnLink arn={e.resource} />
            </td>
            <td>
              <span className={e.decision === 'Allow' ? 'badge badge-allow' : 'badge badge-deny'}>
                {e.decision}
              </span>
            </td>
            <td>{e.errorCode ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
