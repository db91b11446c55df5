import type { IamgateClient } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction } from '../api/use-api.js';
import { DataTable } from './data-table.js';
import { ItemButton } from './item-button.js';
import { Section } from './page.js';
import { DismissibleProblem } from './problem-notice.js';

export interface Tag {
  key: string;
  value: string;
}

/** The "Tags" tab: the entity's tags, add or change one, remove one. */
export function TagsPanel({
  tags,
  tag,
  untag,
  onChange,
}: {
  tags: readonly Tag[];
  tag: (client: IamgateClient, tags: Tag[]) => Promise<unknown>;
  untag: (client: IamgateClient, keys: string[]) => Promise<unknown>;
  onChange: () => void;
}) {
  const action = useAction();
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const keyId = useId();
  const valueId = useId();
  return (
    <Section title="Tags">
      <DismissibleProblem action={action} />
      {tags.length === 0 ? (
        <p className="muted">No tags.</p>
      ) : (
        <DataTable caption="Tags" columns={['Key', 'Value']} rowActions>
          {tags.map((t) => (
            <tr key={t.key}>
              <td>{t.key}</td>
              <td>{t.value}</td>
              <td>
                <ItemButton
                  label="Remove"
                  item={`tag ${t.key}`}
                  disabled={action.pending}
                  onClick={() => action.runThen((c) => untag(c, [t.key]), onChange)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if ((await action.run((c) => tag(c, [{ key: key.trim(), value }]))) !== undefined) {
            setKey('');
            setValue('');
            onChange();
          }
        }}
      >
        <label htmlFor={keyId}>Tag key</label>
        <input id={keyId} value={key} onChange={(e) => setKey(e.target.value)} required />
        <label htmlFor={valueId}>Tag value</label>
        <input id={valueId} value={value} onChange={(e) => setValue(e.target.value)} />
        <button type="submit" className="button" disabled={action.pending}>
          Add tag
        </button>
      </form>
    </Section>
  );
}
