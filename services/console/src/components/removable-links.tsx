import { Link } from '../router/router.js';
import { ItemButton } from './item-button.js';

export interface RemovableLink {
  key: string;
  label: string;
  to: string;
  /** Ends the Remove button's name, hidden: `from readers`. */
  what: string;
}

/** Entities linked to their pages, each with a Remove button (a user's groups, a group's users). */
export function RemovableLinks({
  items,
  pending,
  onRemove,
}: {
  items: readonly RemovableLink[];
  pending: boolean;
  onRemove: (item: RemovableLink) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item.key}>
          <Link to={item.to}>{item.label}</Link>{' '}
          <ItemButton label="Remove" item={item.what} disabled={pending} onClick={() => onRemove(item)} />
        </li>
      ))}
    </ul>
  );
}
