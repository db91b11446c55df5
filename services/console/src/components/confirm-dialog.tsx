import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/**
 * Asks before a destructive change, as AWS's console does for deletions: the person types the entity's name to
 * enable the button. A native `<dialog>`: focus moves in and stays in, Escape cancels.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmText,
  actionLabel,
  onConfirm,
  onCancel,
  pending,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  /** Text to type to confirm; none asks for a click only. */
  confirmText?: string;
  actionLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  pending?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const titleId = useId();
  const inputId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      setTyped('');
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  const ready = confirmText === undefined || typed === confirmText;
  return (
    <dialog ref={ref} aria-labelledby={titleId} onCancel={onCancel} className="dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) onConfirm();
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <div>{children}</div>
        {confirmText !== undefined && (
          <div className="field">
            <label htmlFor={inputId}>
              To confirm, type <strong>{confirmText}</strong>
            </label>
            <input id={inputId} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </div>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-danger" disabled={!ready || pending}>
            {actionLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
