import { Link } from '../router/router.js';

/**
 * A form's closing buttons: Cancel, then the primary submit button. Cancel is a link back for a form that is a page
 * of its own, a callback for one opened inside a page, and left out when there is nothing to go back to.
 */
export function FormActions({
  submitLabel,
  disabled,
  cancel,
}: {
  submitLabel: string;
  disabled: boolean;
  cancel?: string | (() => void);
}) {
  return (
    <div className="actions">
      {typeof cancel === 'string' ? (
        <Link className="button" to={cancel}>
          Cancel
        </Link>
      ) : (
        cancel && (
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        )
      )}
      <button type="submit" className="button button-primary" disabled={disabled}>
        {submitLabel}
      </button>
    </div>
  );
}
