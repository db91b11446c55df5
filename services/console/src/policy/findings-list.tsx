import type { LocatedFinding } from './locate-findings.js';

const LABELS: Record<string, string> = {
  ERROR: 'Error',
  SECURITY_WARNING: 'Security warning',
  WARNING: 'Warning',
  SUGGESTION: 'Suggestion',
};

/** `2 errors, 1 security warning`: what the editor's findings add up to. */
export function findingsSummary(findings: readonly { severity: string }[]): string {
  if (findings.length === 0) return 'No findings';
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  return [...counts.entries()]
    .map(([severity, n]) => {
      const label = (LABELS[severity] ?? severity).toLowerCase();
      return `${n} ${label}${n === 1 ? '' : 's'}`;
    })
    .join(', ');
}

/**
 * The engine's findings of a document, as IAM Access Analyzer lists them under the editor: severity, where
 * (line and column, clickable to go there), the message and the code.
 */
export function FindingsList({
  findings,
  onGoTo,
  id,
}: {
  findings: readonly LocatedFinding[];
  onGoTo?: (finding: LocatedFinding) => void;
  id?: string;
}) {
  return (
    <div className="findings" id={id}>
      <p className="findings-summary" aria-live="polite">
        {findingsSummary(findings)}
      </p>
      {findings.length > 0 && (
        <ul>
          {findings.map((f) => (
            <li
              key={`${f.path}:${f.code}:${f.span.start}`}
              className={`finding finding-${f.severity.toLowerCase()}`}
            >
              <span className="finding-severity">{LABELS[f.severity] ?? f.severity}</span>{' '}
              {onGoTo ? (
                <button type="button" className="link-button" onClick={() => onGoTo(f)}>
                  Line {f.line}, column {f.column}
                </button>
              ) : (
                <span>
                  Line {f.line}, column {f.column}
                </span>
              )}
              : {f.message} <code className="muted">{f.code}</code>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
