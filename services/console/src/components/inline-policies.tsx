import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { prettyPolicy } from '../policy/line-diff.js';
import { PolicyDocumentView } from '../policy/policy-document-view.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { type InlineDraft, InlinePolicyForm } from './inline-policy-form.js';
import { ItemButton } from './item-button.js';
import { Loading, Section, Success } from './page.js';
import { holderApi, type PolicyHolder } from './policy-holder.js';
import { DismissibleProblem, ProblemNotice } from './problem-notice.js';

const NEW_INLINE = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [], Resource: '*' }] },
  null,
  2,
);

/** The inline policies of a user, group or role: show, edit or remove one, add another. */
export function InlinePolicies({ holder }: { holder: PolicyHolder }) {
  const names = useQuery((c) => holderApi(c, holder).inline(), [holder.kind, holder.name]);
  const action = useAction();
  const [editing, setEditing] = useState<InlineDraft | undefined>();
  const [viewing, setViewing] = useState<string | undefined>();
  const [removing, setRemoving] = useState<string | undefined>();
  const [saved, setSaved] = useState<string | undefined>();
  const list = names.data?.edges.map((e) => e.node) ?? [];
  return (
    <Section
      title="Inline policies"
      actions={
        <button
          type="button"
          className="button"
          onClick={() => setEditing({ name: '', document: NEW_INLINE, isNew: true })}
        >
          Add inline policy
        </button>
      }
    >
      <DismissibleProblem read={names.problem} action={action} />
      {saved && <Success>Inline policy {saved} saved.</Success>}
      {names.data && list.length === 0 && <p className="muted">No inline policy.</p>}
      {list.length > 0 && (
        <ul className="plain-list">
          {list.map((name) => (
            <li key={name}>
              <strong>{name}</strong>{' '}
              <ItemButton
                label={viewing === name ? 'Hide' : 'Show'}
                item={name}
                onClick={() => setViewing(viewing === name ? undefined : name)}
              />{' '}
              <ItemButton
                label="Edit"
                item={name}
                onClick={async () => {
                  const policy = await action.run((c) => holderApi(c, holder).getInline(name));
                  if (policy) setEditing({ name, document: prettyPolicy(policy.document), isNew: false });
                }}
              />{' '}
              <ItemButton label="Remove" item={name} onClick={() => setRemoving(name)} />
              {viewing === name && <InlinePolicyView holder={holder} name={name} />}
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <InlinePolicyForm
          holder={holder}
          initial={editing}
          onDone={(name) => {
            setEditing(undefined);
            setSaved(name);
            names.reload();
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      <ConfirmDialog
        open={removing !== undefined}
        title={`Remove inline policy ${removing ?? ''}?`}
        confirmText={removing}
        actionLabel="Remove"
        pending={action.pending}
        onCancel={() => setRemoving(undefined)}
        onConfirm={() => {
          const name = removing;
          setRemoving(undefined);
          if (name !== undefined) void action.runThen((c) => holderApi(c, holder).remove(name), names.reload);
        }}
      >
        <p>The policy is deleted: an inline policy exists only in its {holder.kind}.</p>
      </ConfirmDialog>
    </Section>
  );
}

function InlinePolicyView({ holder, name }: { holder: PolicyHolder; name: string }) {
  const policy = useQuery((c) => holderApi(c, holder).getInline(name), [holder.kind, holder.name, name]);
  if (policy.problem) return <ProblemNotice problem={policy.problem} />;
  if (!policy.data) return <Loading what={name} />;
  return (
    <div className="policy-view">
      <PolicyDocumentView document={policy.data.document} />
    </div>
  );
}
