import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from '../router/router.js';

/**
 * A page's heading, breadcrumbs and actions. The heading takes focus when the page opens, so that a screen reader
 * announces the new page after a client-side navigation, as after a full page load.
 */
export function PageHeader({
  title,
  crumbs = [],
  actions,
  description,
}: {
  title: string;
  crumbs?: { label: string; to: string }[];
  actions?: ReactNode;
  description?: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <header className="page-header">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumbs">
          <ol className="crumbs">
            {crumbs.map((c) => (
              <li key={c.to}>
                <Link to={c.to}>{c.label}</Link>
              </li>
            ))}
            <li aria-current="page">{title}</li>
          </ol>
        </nav>
      )}
      <div className="page-title">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="actions">{actions}</div>}
      </div>
      {description && <p className="muted">{description}</p>}
    </header>
  );
}

/** A labelled section of a page. */
export function Section({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="panel" aria-label={title}>
      <div className="panel-head">
        <h2>{title}</h2>
        {actions && <div className="actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** Key facts of an entity, AWS's "Summary" box. */
export function Summary({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="summary">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value ?? '-'}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A short message that a change was made. */
export function Success({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}

/** Shows while something loads, announced politely. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="muted" role="status">
      Loading {what}…
    </p>
  );
}

/** A date as the console shows it: local date and time, with the exact instant on hover. */
export function When({ iso }: { iso: string | null | undefined }) {
  if (iso == null) return <span className="muted">Never</span>;
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={iso}>
      {date.toLocaleString()}
    </time>
  );
}

/**
 * A ref for the button that opens an inline form: once the form closes (cancelled or saved), focus goes back to the
 * button, which was hidden while the form was open.
 */
export function useFocusReturn<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
