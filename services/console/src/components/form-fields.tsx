import { type ComponentProps, type ReactNode, useId } from 'react';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id' | 'value' | 'onChange' | 'children'> & {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  children?: ReactNode;
};

/**
 * A labelled text input (`type` and the other input attributes pass through); `children` come after the input, for
 * a hint under it.
 */
export function TextField({ label, value, onChange, children, ...input }: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} {...input} />
      {children}
    </div>
  );
}

/** A checkbox with its label after it. */
export function CheckboxField({
  label,
  checked,
  onChange,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A field for the six-digit code an authenticator app shows (TOTP), filled in by the browser when it can. */
export function MfaCodeField(props: TextFieldProps) {
  return (
    <TextField inputMode="numeric" pattern="[0-9]{6}" autoComplete="one-time-code" required {...props} />
  );
}
