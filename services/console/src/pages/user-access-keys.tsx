import type { CreateAccessKeyMutation } from '@iamgate/sdk';
import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { ConfirmDialog } from '../components/confirm-dialog.js';
import { CopyButton } from '../components/copy-button.js';
import { DataTable } from '../components/data-table.js';
import { ItemButton } from '../components/item-button.js';
import { Section, When } from '../components/page.js';
import { DismissibleProblem } from '../components/problem-notice.js';
import { SecretNotice } from '../components/secret-notice.js';

type NewKey = CreateAccessKeyMutation['createAccessKey'];

/** A user's access keys (two at most): create one, rotate, deactivate or delete one. */
export function AccessKeysPanel({ userName }: { userName: string }) {
  const keys = useQuery((c) => c.api.listAccessKeys({ userName }), [userName]);
  const action = useAction();
  const [created, setCreated] = useState<NewKey | undefined>();
  const [deleting, setDeleting] = useState<string | undefined>();
  const list = keys.data ?? [];
  const create = async (rotating?: string) => {
    const key = await action.run(async (c) => {
      const fresh = await c.api.createAccessKey({ userName });
      if (rotating !== undefined)
        await c.api.updateAccessKey({ userName, accessKeyId: rotating, status: 'Inactive' });
      return fresh;
    });
    if (key) {
      setCreated(key);
      keys.reload();
    }
  };
  return (
    <Section
      title="Access keys"
      actions={
        <button
          type="button"
          className="button"
          disabled={action.pending || list.length >= 2}
          onClick={() => create()}
        >
          Create access key
        </button>
      }
    >
      <DismissibleProblem read={keys.problem} action={action} />
      {created && (
        <SecretNotice onStored={() => setCreated(undefined)}>
          <p>
            <strong>Access key created.</strong> This is the only time the secret access key can be seen: copy
            it now.
          </p>
          <dl className="summary">
            <div>
              <dt>Access key ID</dt>
              <dd>
                <code>{created.accessKeyId}</code>{' '}
                <CopyButton value={created.accessKeyId} label="Copy access key ID" />
              </dd>
            </div>
            <div>
              <dt>Secret access key</dt>
              <dd>
                <code data-testid="secret-access-key">{created.secretAccessKey}</code>{' '}
                <CopyButton value={created.secretAccessKey} label="Copy secret access key" />
              </dd>
            </div>
          </dl>
        </SecretNotice>
      )}
      {keys.data && list.length === 0 && <p className="muted">No access keys.</p>}
      {list.length > 0 && (
        <DataTable caption="Access keys" columns={['Access key ID', 'Status', 'Created']} rowActions>
          {list.map((k) => (
            <tr key={k.accessKeyId}>
              <td>
                <code>{k.accessKeyId}</code>
              </td>
              <td>{k.status}</td>
              <td>
                <When iso={k.createDate} />
              </td>
              <td className="row-actions">
                <ItemButton
                  label={k.status === 'Active' ? 'Deactivate' : 'Activate'}
                  item={k.accessKeyId}
                  disabled={action.pending}
                  onClick={async () => {
                    const status = k.status === 'Active' ? 'Inactive' : 'Active';
                    const done = await action.run((c) =>
                      c.api.updateAccessKey({ userName, accessKeyId: k.accessKeyId, status }),
                    );
                    if (done) keys.reload();
                  }}
                />
                {k.status === 'Active' && list.length < 2 && (
                  <ItemButton
                    label="Rotate"
                    item={k.accessKeyId}
                    disabled={action.pending}
                    onClick={() => create(k.accessKeyId)}
                  />
                )}
                <ItemButton
                  label="Delete"
                  item={k.accessKeyId}
                  disabled={action.pending}
                  onClick={() => setDeleting(k.accessKeyId)}
                />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="muted">
        Rotate creates a new key, shows its secret once and deactivates the old one; delete the old key once
        nothing uses it.
      </p>
      <ConfirmDialog
        open={deleting !== undefined}
        title="Delete access key?"
        confirmText={deleting}
        actionLabel="Delete"
        onCancel={() => setDeleting(undefined)}
        onConfirm={() => {
          const id = deleting;
          setDeleting(undefined);
          if (id)
            void action.runThen((c) => c.api.deleteAccessKey({ userName, accessKeyId: id }), keys.reload);
        }}
      >
        <p>Anything that signs in with this key will be refused from now on.</p>
      </ConfirmDialog>
    </Section>
  );
}
