import { type ReactNode, useState } from 'react';
import { Section, Success, Summary, useFocusReturn } from './page.js';

/**
 * An entity's "Summary" section with an Edit button, as AWS's console has: the button opens `form` inside the
 * section and hides meanwhile; focus goes back to it once the form closes. `savedNotice`, if any, is said after a
 * save, until the next edit.
 */
export function EditableSummary({
  entity,
  items,
  savedNotice,
  form,
}: {
  /** `user alice`: ends the Edit button's name, hidden, so that a screen reader says what it edits. */
  entity: string;
  items: [string, ReactNode][];
  savedNotice?: ReactNode;
  form: (close: { onCancel: () => void; onSaved: () => void }) => ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useFocusReturn<HTMLButtonElement>(editing);
  return (
    <Section
      title="Summary"
      actions={
        !editing && (
          <button
            ref={editButton}
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            Edit<span className="visually-hidden"> {entity}</span>
          </button>
        )
      }
    >
      {saved && savedNotice !== undefined && <Success>{savedNotice}</Success>}
      {editing &&
        form({
          onCancel: () => setEditing(false),
          onSaved: () => {
            setEditing(false);
            setSaved(true);
          },
        })}
      <Summary items={items} />
    </Section>
  );
}
