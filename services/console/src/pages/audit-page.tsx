import type { AuditDecision, AuditEventFilter } from '@iamgate/sdk';
import { useEffect, useId, useState } from 'react';
import { useQuery } from '../api/use-api.js';
import { type AuditEvent, AuditTable } from '../audit/audit-table.js';
import { Loading, PageHeader, Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { navigate, useLocation } from '../router/router.js';

const PAGE = 50;

/** `datetime-local` input value (local time) to an ISO instant, or undefined when empty or invalid. */
function toInstant(local: string): string | undefined {
  if (local === '') return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * The account's audit log, newest first, filtered by principal, action, decision and time (the filters live in the
 * URL, so a filtered view can be shared); each event links to the principal and the resource it names.
 */
export function AuditPage() {
  const { query } = useLocation();
  const applied = {
    principal: query.get('principal') ?? '',
    action: query.get('action') ?? '',
    decision: query.get('decision') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
  const [draft, setDraft] = useState(applied);
  const key = JSON.stringify(applied);
  useEffect(() => setDraft(applied), [key]);
  const filter: AuditEventFilter = {
    ...(applied.principal === '' ? {} : { principalArn: applied.principal }),
    ...(applied.action === '' ? {} : { action: applied.action }),
    ...(applied.decision === 'Allow' || applied.decision === 'Deny'
      ? { decision: applied.decision as AuditDecision }
      : {}),
    ...(toInstant(applied.from) ? { from: toInstant(applied.from) } : {}),
    ...(toInstant(applied.to) ? { to: toInstant(applied.to) } : {}),
  };
  const [pages, setPages] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const events = useQuery(
    (c) => c.api.auditEvents({ first: PAGE, filter, ...(cursor === undefined ? {} : { after: cursor }) }),
    [key, cursor],
  );
  // A new filter starts over.
  useEffect(() => {
    setPages([]);
    setCursor(undefined);
  }, [key]);
  useEffect(() => {
    const page = events.data;
    if (page === undefined) return;
    setPages((before) => {
      const seen = new Set(before.map((e) => e.eventId));
      return [...before, ...page.edges.map((e) => e.node).filter((e) => !seen.has(e.eventId))];
    });
  }, [events.data]);
  const ids = { principal: useId(), action: useId(), decision: useId(), from: useId(), to: useId() };
  const apply = () => {
    const q = new URLSearchParams(Object.entries(draft).filter(([, v]) => v.trim() !== ''));
    const qs = q.toString();
    navigate(`/audit${qs === '' ? '' : `?${qs}`}`);
  };
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change, and every refused request, with who made it and when."
      />
      <Section title="Filters">
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            apply();
          }}
        >
          <div className="field">
            <label htmlFor={ids.principal}>Principal ARN</label>
            <input
              id={ids.principal}
              value={draft.principal}
              onChange={(e) => setDraft({ ...draft, principal: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.action}>Action</label>
            <input
              id={ids.action}
              value={draft.action}
              placeholder="iam:CreateUser"
              onChange={(e) => setDraft({ ...draft, action: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.decision}>Decision</label>
            <select
              id={ids.decision}
              value={draft.decision}
              onChange={(e) => setDraft({ ...draft, decision: e.target.value })}
            >
              <option value="">Any</option>
              <option value="Allow">Allow</option>
              <option value="Deny">Deny</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.from}>From</label>
            <input
              id={ids.from}
              type="datetime-local"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>To</label>
            <input
              id={ids.to}
              type="datetime-local"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
          <div className="actions">
            <button type="submit" className="button button-primary">
              Apply filters
            </button>
            <button type="button" className="button" onClick={() => navigate('/audit')}>
              Clear
            </button>
          </div>
        </form>
      </Section>
      <Section title="Events">
        <ProblemNotice problem={events.problem} />
        <AuditTable events={pages} caption="Audit events, newest first" />
        {events.loading && <Loading what="events" />}
        {!events.loading && pages.length === 0 && !events.problem && (
          <p className="muted">No events match.</p>
        )}
        {events.data?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="button"
            onClick={() => setCursor(events.data?.pageInfo.endCursor ?? undefined)}
          >
            Load older events
          </button>
        )}
      </Section>
    </>
  );
}
