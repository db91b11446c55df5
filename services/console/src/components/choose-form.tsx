import { useId, useState } from 'react';

/**
 * An inline form that picks one of a few options and adds it (a group to join, a policy to attach): the button waits
 * for a choice, and the choice is cleared once the change is made.
 */
export function ChooseForm({
  label,
  placeholder,
  options,
  submitLabel,
  pending,
  onChoose,
}: {
  label: string;
  placeholder: string;
  options: readonly { value: string; label: string }[];
  submitLabel: string;
  pending: boolean;
  /** Makes the change; true once it is made. */
  onChoose: (value: string) => Promise<boolean>;
}) {
  const [choice, setChoice] = useState('');
  const id = useId();
  return (
    <form
      className="inline-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (choice !== '' && (await onChoose(choice))) setChoice('');
      }}
    >
      <label htmlFor={id}>{label}</label>
      <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={choice === '' || pending}>
        {submitLabel}
      </button>
    </form>
  );
}
