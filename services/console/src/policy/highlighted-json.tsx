import type { ReactNode } from 'react';
import { type Span, tokenize } from './json-text.js';

/** A marked stretch of text: a finding, with its severity for the style. */
export interface Mark extends Span {
  severity: string;
}

function severityClass(severity: string): string {
  if (severity === 'ERROR') return 'mark-error';
  if (severity === 'SECURITY_WARNING') return 'mark-security';
  return 'mark-warning';
}

/**
 * The text as highlighted spans: one class per token kind, and findings underlined. Every character of `text`
 * appears once, in order, so the spans lie exactly under a textarea holding the same text.
 */
export function highlightJson(text: string, marks: readonly Mark[] = []): ReactNode[] {
  const cuts = new Set<number>([0, text.length]);
  const tokens = tokenize(text);
  for (const t of tokens) cuts.add(t.start);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(m.start, text.length)));
    cuts.add(Math.max(0, Math.min(m.end, text.length)));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: ReactNode[] = [];
  let t = 0;
  for (let p = 0; p < points.length - 1; p++) {
    const start = points[p] ?? 0;
    const end = points[p + 1] ?? 0;
    if (end <= start) continue;
    while (t < tokens.length - 1 && (tokens[t]?.end ?? 0) <= start) t++;
    const kind = tokens[t]?.kind ?? 'space';
    const mark = marks.find((m) => m.start <= start && end <= m.end);
    const piece = text.slice(start, end);
    const className = [kind === 'space' ? '' : `tok-${kind}`, mark ? severityClass(mark.severity) : '']
      .filter(Boolean)
      .join(' ');
    out.push(
      className === '' ? (
        piece
      ) : (
        <span key={start} className={className}>
          {piece}
        </span>
      ),
    );
  }
  return out;
}
