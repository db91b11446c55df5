import { useState } from 'react';

/** Copies `value` to the clipboard and says so (to screen readers too). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </button>
      <span role="status" className="muted">
        {state === 'copied'
          ? ' Copied'
          : state === 'failed'
            ? ' Copy failed: select the text and copy it'
            : ''}
      </span>
    </>
  );
}
