import type { ReactNode } from 'react';

/**
 * A small button acting on one item of a list or table (Remove, Delete, Rotate). `item` ends its name, hidden, so
 * that a screen reader's list of the page's buttons tells them apart: "Delete AKIA…", not "Delete" again.
 */
export function ItemButton({
  label,
  item,
  disabled,
  onClick,
}: {
  label: ReactNode;
  item?: string;
  disabled?: boolean;
  onClick: () => void;
}) {
  return (
    <button type="button" className="button button-small" disabled={disabled} onClick={onClick}>
      {label}
      {item !== undefined && <span className="visually-hidden"> {item}</span>}
    </button>
  );
}
