import type { ReactNode } from 'react';
import { groupPath, userPath } from '../router/entity-paths.js';
import { navigate } from '../router/router.js';
import { EditableSummary } from './editable-summary.js';
import { RenameForm, type RenameTarget } from './rename-form.js';

/**
 * The Summary of a user or group, whose Edit renames or moves it. A new name is a new page: the console goes there,
 * on the same tab, in place of the old one (which no longer exists).
 */
export function RenamableSummary({
  target,
  items,
  tab,
  onChange,
}: {
  target: RenameTarget;
  items: [string, ReactNode][];
  /** The page's tab, kept on the renamed entity's page. */
  tab: string;
  /** Called when it is moved only, to read it again. */
  onChange: () => void;
}) {
  const pathOf = target.kind === 'user' ? userPath : groupPath;
  return (
    <EditableSummary
      entity={`${target.kind} ${target.name}`}
      items={items}
      form={({ onCancel, onSaved }) => (
        <RenameForm
          target={target}
          onCancel={onCancel}
          onDone={(name) => {
            onSaved();
            if (name === target.name) onChange();
            else navigate(`${pathOf(name)}?tab=${tab}`, { replace: true });
          }}
        />
      )}
    />
  );
}
