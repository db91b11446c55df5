import { prettyPolicy } from './line-diff.js';
import { PolicySummaryView } from './policy-summary-view.js';

/** A policy document to read: what it grants, as a table, then its JSON, formatted. */
export function PolicyDocumentView({ document }: { document: string }) {
  return (
    <>
      <PolicySummaryView document={document} />
      <pre className="code-block">{prettyPolicy(document)}</pre>
    </>
  );
}
