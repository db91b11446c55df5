import type { Finding } from '@iamgate/policy';
import { lineColumn, type Span, scanJson } from './json-text.js';

/** A finding of the engine with where it is in the text. */
export interface LocatedFinding extends Finding {
  span: Span;
  line: number;
  column: number;
}

/**
 * Places each finding in the text: at the element its JSON pointer names, or, for a pointer to something the
 * text does not hold (a missing `Effect` is reported on its statement), at the nearest enclosing element that it
 * does; a JSON syntax error where the text stops being JSON (JSON.parse's messages differ between engines and
 * name no position in some).
 */
export function locateFindings(text: string, findings: readonly Finding[]): LocatedFinding[] {
  const { spans, errorAt } = scanJson(text);
  const whole = { start: 0, end: text.length };
  return findings.map((finding) => {
    let span: Span | undefined;
    if (finding.code === 'INVALID_JSON' && errorAt !== undefined) {
      const at = Math.min(errorAt, Math.max(text.length - 1, 0));
      span = { start: at, end: Math.min(at + 1, text.length) };
    } else {
      let pointer = finding.path;
      span = spans.get(pointer);
      while (span === undefined && pointer !== '') {
        pointer = pointer.slice(0, pointer.lastIndexOf('/'));
        span = spans.get(pointer);
      }
    }
    const located = span ?? whole;
    return { ...finding, span: located, ...lineColumn(text, located.start) };
  });
}
