import { useEffect, useId, useRef, useState } from 'react';
import { useAction } from '../api/use-api.js';
import { FormActions } from '../components/form-actions.js';
import { DismissibleProblem } from '../components/problem-notice.js';

const HOUR = 3600;
/** AWS's bounds of a role's maximum session duration: 1 to 12 hours. */
const HOURS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A duration in seconds as the console shows it: whole hours, or hours and minutes. */
export function sessionDurationLabel(seconds: number): string {
  const h = Math.floor(seconds / HOUR);
  const m = Math.round((seconds % HOUR) / 60);
  const hours = `${h} hour${h === 1 ? '' : 's'}`;
  return m === 0 ? hours : `${hours} ${m} minute${m === 1 ? '' : 's'}`;
}

/**
 * AWS's "Edit" of a role's summary: its description and maximum session duration (`updateRole`). Only what changed
 * is sent.
 */
export function EditRoleForm({
  role,
  onDone,
  onCancel,
}: {
  role: { roleName: string; description?: string | null; maxSessionDuration: number };
  onDone: () => void;
  onCancel: () => void;
}) {
  const [description, setDescription] = useState(role.description ?? '');
  const [duration, setDuration] = useState(String(role.maxSessionDuration));
  const action = useAction();
  const ids = { description: useId(), duration: useId() };
  const first = useRef<HTMLTextAreaElement>(null);
  // The Edit button that opened the form is gone: keyboard focus moves to the form's first field.
  useEffect(() => first.current?.focus(), []);
  const durations = HOURS.map((h) => h * HOUR);
  if (!durations.includes(role.maxSessionDuration)) durations.push(role.maxSessionDuration);
  durations.sort((a, b) => a - b);
  return (
    <form
      className="panel-inner entity-edit"
      aria-label={`Edit role ${role.roleName}`}
      onSubmit={async (e) => {
        e.preventDefault();
        const changes = {
          ...(description.trim() === (role.description ?? '') ? {} : { description: description.trim() }),
          ...(Number(duration) === role.maxSessionDuration ? {} : { maxSessionDuration: Number(duration) }),
        };
        if (Object.keys(changes).length === 0) {
          onCancel();
          return;
        }
        const updated = await action.run((c) => c.api.updateRole({ roleName: role.roleName, ...changes }));
        if (updated !== undefined) onDone();
      }}
    >
      <div className="field">
        <label htmlFor={ids.description}>Description</label>
        <textarea
          id={ids.description}
          ref={first}
          rows={3}
          maxLength={1000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.duration}>Maximum session duration</label>
        <select id={ids.duration} value={duration} onChange={(e) => setDuration(e.target.value)}>
          {durations.map((s) => (
            <option key={s} value={String(s)}>
              {sessionDurationLabel(s)}
            </option>
          ))}
        </select>
        <p className="muted">The longest session a principal assuming the role can ask for.</p>
      </div>
      <DismissibleProblem action={action} />
      <FormActions submitLabel="Save changes" disabled={action.pending} cancel={onCancel} />
    </form>
  );
}
