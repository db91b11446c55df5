import type { AuditEventsQuery } from '@iamgate/sdk';
import { ArnLink } from '../components/arn-link.js';
import { DataTable } from '../components/data-table.js';
import { When } from '../components/page.js';

export type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

/** Audit events, each linked to the principal and the resource it names. */
export function AuditTable({ events, caption }: { events: readonly AuditEvent[]; caption: string }) {
  return (
    <DataTable caption={caption} columns={['Time', 'Principal', 'Action', 'Resource', 'Decision', 'Error']}>
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
    </DataTable>
  );
}
