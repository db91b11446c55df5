import type { Dispatch, SetStateAction } from 'react';
import { Loading } from './page.js';

/** A fieldset of checkboxes choosing some of a list (groups to join, policies to attach) by their values. */
export function CheckboxList({
  legend,
  noun,
  options,
  loading = false,
  chosen,
  onChange,
}: {
  legend: string;
  /** The plural noun, for "No policies yet." */
  noun: string;
  /** Undefined until they are read. */
  options: readonly { value: string; label: string }[] | undefined;
  loading?: boolean;
  chosen: readonly string[];
  onChange: Dispatch<SetStateAction<string[]>>;
}) {
  return (
    <fieldset className="choice">
      <legend>{legend}</legend>
      {loading && <Loading what={noun} />}
      {options?.length === 0 && <p className="muted">{`No ${noun} yet.`}</p>}
      {options?.map((o) => (
        <label key={o.value}>
          <input
            type="checkbox"
            checked={chosen.includes(o.value)}
            onChange={(e) =>
              onChange((c) => (e.target.checked ? [...c, o.value] : c.filter((v) => v !== o.value)))
            }
          />{' '}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
