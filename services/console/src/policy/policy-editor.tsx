import { type Finding, type FindingSeverity, type PolicyKind, validatePolicy } from '@iamgate/policy';
import type { IamgateClient } from '@iamgate/sdk';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { FindingsList } from './findings-list.js';
import { highlightJson } from './highlighted-json.js';
import { type LocatedFinding, locateFindings } from './locate-findings.js';

const SEVERITIES = new Set<string>(['ERROR', 'SECURITY_WARNING', 'WARNING', 'SUGGESTION']);

/** A finding of the gateway's `validatePolicy` as the engine's own. */
function asFinding(f: { code: string; message: string; path: string; severity: string }): Finding {
  const severity = (SEVERITIES.has(f.severity) ? f.severity : 'WARNING') as FindingSeverity;
  return { code: f.code, message: f.message, path: f.path, severity };
}

/** How long the text must rest before the gateway is asked for its checks. */
const GATEWAY_DELAY_MS = 400;

/** The gateway's findings of a text, or why there are none. */
type GatewayCheck =
  | { state: 'idle' }
  | { state: 'checked'; text: string; findings: Finding[] }
  | { state: 'unavailable'; reason: string };

/**
 * The findings of `text` as a policy of `kind`, placed in the text. `@iamgate/policy` runs in the browser, so the
 * grammar, the kind's rules and the security checks follow the typing (the deferred value keeps typing responsive on
 * a long document). With `gateway`, a document without errors is also checked by the gateway's `validatePolicy`
 * once the typing rests, which knows the actions, resources and condition keys of its own and the account's services
 * (`iam:ListUser` matches no action of `iam`); its findings are added to the engine's own.
 */
export function usePolicyFindings(
  text: string,
  kind: PolicyKind,
  gateway?: IamgateClient,
): { findings: LocatedFinding[]; gatewayNote: string | undefined } {
  const deferred = useDeferredValue(text);
  const local = useMemo(
    () => validatePolicy(deferred, kind, { policyChecks: true }).findings,
    [deferred, kind],
  );
  const localErrors = local.some((f) => f.severity === 'ERROR');
  const [check, setCheck] = useState<GatewayCheck>({ state: 'idle' });
  useEffect(() => {
    if (gateway === undefined || localErrors) return;
    let current = true;
    const timer = setTimeout(() => {
      gateway.api.validatePolicy({ policyDocument: deferred, policyType: kind }).then(
        (findings) => {
          if (current) setCheck({ state: 'checked', text: deferred, findings: findings.map(asFinding) });
        },
        (error: unknown) => {
          if (current)
            setCheck({
              state: 'unavailable',
              reason: error instanceof Error ? error.message : String(error),
            });
        },
      );
    }, GATEWAY_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [gateway, deferred, kind, localErrors]);
  const findings = useMemo(() => {
    const more = check.state === 'checked' && check.text === deferred ? check.findings : [];
    const seen = new Set(local.map((f) => `${f.code} ${f.path}`));
    const merged = [...local, ...more.filter((f) => !seen.has(`${f.code} ${f.path}`))];
    return locateFindings(deferred, merged);
  }, [deferred, local, check]);
  const gatewayNote =
    check.state === 'unavailable'
      ? `The gateway's checks of actions and resources are unavailable: ${check.reason}`
      : undefined;
  return { findings, gatewayNote };
}

/** Whether any finding stops the document from being used. */
export function hasErrors(findings: readonly { severity: string }[]): boolean {
  return findings.some((f) => f.severity === 'ERROR');
}

/**
 * A JSON editor for policy documents: a plain textarea (so typing, undo, selection and screen readers work as
 * everywhere) over a highlighted copy of its text, with the findings underlined in place and listed below.
 */
export function PolicyEditor({
  label,
  value,
  onChange,
  findings,
  note,
  rows = 18,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  findings: readonly LocatedFinding[];
  /** Said under the findings (the gateway's checks being unavailable). */
  note?: string | undefined;
  rows?: number;
}) {
  const id = useId();
  const findingsId = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const overlay = useRef<HTMLPreElement>(null);
  // A finding about a whole statement (`MISSING_EFFECT` at `/Statement/0`) underlines its first line only; going to
  // the finding still selects all of it.
  const highlighted = useMemo(
    () =>
      highlightJson(
        value,
        findings.map((f) => {
          const newline = value.indexOf('\n', f.span.start);
          const end = newline >= 0 && newline < f.span.end ? newline : f.span.end;
          return { start: f.span.start, end: Math.max(end, f.span.start + 1), severity: f.severity };
        }),
      ),
    [value, findings],
  );
  const syncScroll = () => {
    if (area.current && overlay.current) {
      overlay.current.scrollTop = area.current.scrollTop;
      overlay.current.scrollLeft = area.current.scrollLeft;
    }
  };
  const goTo = (finding: LocatedFinding) => {
    const el = area.current;
    if (el === null) return;
    el.focus();
    el.setSelectionRange(finding.span.start, finding.span.end);
  };
  const format = () => {
    try {
      onChange(JSON.stringify(JSON.parse(value), null, 2));
    } catch {
      // Not JSON yet: the findings say where.
    }
  };
  return (
    <div className="policy-editor">
      <div className="editor-head">
        <label htmlFor={id}>{label}</label>
        <button type="button" className="button button-small" onClick={format}>
          Format JSON
        </button>
      </div>
      <div className="code-editor" style={{ height: `${rows * 1.5 + 1}em` }}>
        <pre ref={overlay} className="code-highlight" aria-hidden="true">
          {highlighted}
          {/* A trailing newline in a textarea shows an empty last line; the overlay needs one to match. */}
          {'\n'}
        </pre>
        <textarea
          ref={area}
          id={id}
          className="code-input"
          value={value}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          wrap="off"
          aria-describedby={findingsId}
          aria-invalid={hasErrors(findings)}
          onChange={(e) => onChange(e.target.value)}
          onScroll={syncScroll}
          onKeyDown={(e) => {
            // Tab indents, as in code editors; Escape then Tab leaves (the textarea keeps keyboard users able to).
            if (
              e.key === 'Tab' &&
              !e.shiftKey &&
              !e.nativeEvent.isComposing &&
              e.currentTarget.dataset.escaped !== 'true'
            ) {
              e.preventDefault();
              const el = e.currentTarget;
              const { selectionStart, selectionEnd } = el;
              const next = `${value.slice(0, selectionStart)}  ${value.slice(selectionEnd)}`;
              onChange(next);
              requestAnimationFrame(() => el.setSelectionRange(selectionStart + 2, selectionStart + 2));
            }
            e.currentTarget.dataset.escaped = e.key === 'Escape' ? 'true' : 'false';
          }}
        />
      </div>
      <p className="muted editor-hint">Tab indents; press Escape, then Tab, to leave the editor.</p>
      <FindingsList id={findingsId} findings={findings} onGoTo={goTo} />
      {note && <p className="muted">{note}</p>}
    </div>
  );
}
