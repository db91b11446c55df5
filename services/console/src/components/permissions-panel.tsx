import type { IamgateClient } from '@iamgate/sdk';
import { useId, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { prettyPolicy } from '../policy/line-diff.js';
import { hasErrors, PolicyEditor, usePolicyFindings } from '../policy/policy-editor.js';
import { PolicySummaryView } from '../policy/policy-summary-view.js';
import { Link } from '../router/router.js';
import { useSession } from '../session/session-context.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { Loading, Section, Success } from './page.js';
import { ProblemNotice } from './problem-notice.js';

/** A principal whose permissions come from attached managed policies and inline policies. */
export type PolicyHolder =
  | { kind: 'user'; name: string }
  | { kind: 'group'; name: string }
  | { kind: 'role'; name: string };

const NEW_INLINE = JSON.stringify(
  { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [], Resource: '*' }] },
  null,
  2,
);

/** The API's per-kind operations, behind one shape. */
function holderApi(client: IamgateClient, holder: PolicyHolder) {
  const { api } = client;
  const n = holder.name;
  switch (holder.kind) {
    case 'user':
      return {
        attached: () => api.listAttachedUserPolicies({ userName: n, first: 100 }),
        inline: () => api.listUserPolicies({ userName: n, first: 100 }),
        getInline: (policyName: string) => api.getUserPolicy({ userName: n, policyName }),
        attach: (policyArn: string) => api.attachUserPolicy({ userName: n, policyArn }),
        detach: (policyArn: string) => api.detachUserPolicy({ userName: n, policyArn }),
        put: (policyName: string, policyDocument: string) =>
          api.putUserPolicy({ userName: n, policyName, policyDocument }),
        remove: (policyName: string) => api.deleteUserPolicy({ userName: n, policyName }),
      };
    case 'group':
      return {
        attached: () => api.listAttachedGroupPolicies({ groupName: n, first: 100 }),
        inline: () => api.listGroupPolicies({ groupName: n, first: 100 }),
        getInline: (policyName: string) => api.getGroupPolicy({ groupName: n, policyName }),
        attach: (policyArn: string) => api.attachGroupPolicy({ groupName: n, policyArn }),
        detach: (policyArn: string) => api.detachGroupPolicy({ groupName: n, policyArn }),
        put: (policyName: string, policyDocument: string) =>
          api.putGroupPolicy({ groupName: n, policyName, policyDocument }),
        remove: (policyName: string) => api.deleteGroupPolicy({ groupName: n, policyName }),
      };
    case 'role':
      return {
        attached: () => api.listAttachedRolePolicies({ roleName: n, first: 100 }),
        inline: () => api.listRolePolicies({ roleName: n, first: 100 }),
        getInline: (policyName: string) => api.getRolePolicy({ roleName: n, policyName }),
        attach: (policyArn: string) => api.attachRolePolicy({ roleName: n, policyArn }),
        detach: (policyArn: string) => api.detachRolePolicy({ roleName: n, policyArn }),
        put: (policyName: string, policyDocument: string) =>
          api.putRolePolicy({ roleName: n, policyName, policyDocument }),
        remove: (policyName: string) => api.deleteRolePolicy({ roleName: n, policyName }),
      };
  }
}

/** The "Permissions" tab of a user, group or role: managed policies attached, and inline policies. */
export function PermissionsPanel({ holder }: { holder: PolicyHolder }) {
  return (
    <>
      <AttachedPolicies holder={holder} />
      <InlinePolicies holder={holder} />
    </>
  );
}

function AttachedPolicies({ holder }: { holder: PolicyHolder }) {
  const attached = useQuery((c) => holderApi(c, holder).attached(), [holder.kind, holder.name]);
  const policies = useQuery((c) => c.api.listPolicies({ first: 100 }), []);
  const action = useAction();
  const [choice, setChoice] = useState('');
  const [detaching, setDetaching] = useState<string | undefined>();
  const selectId = useId();
  const current = attached.data?.edges.map((e) => e.node) ?? [];
  const available = (policies.data?.edges.map((e) => e.node) ?? []).filter(
    (p) => p.isAttachable && !current.some((a) => a.policyArn === p.arn),
  );
  return (
    <Section title="Attached managed policies">
      <ProblemNotice
        problem={attached.problem ?? action.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {attached.loading && <Loading what="attached policies" />}
      {attached.data && current.length === 0 && <p className="muted">No managed policy is attached.</p>}
      {current.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">Attached managed policies</caption>
          <thead>
            <tr>
              <th scope="col">Policy</th>
              <th scope="col">ARN</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {current.map((p) => (
              <tr key={p.policyArn}>
                <td>
                  <Link to={`/policies/${encodeURIComponent(p.policyArn)}`}>{p.policyName}</Link>
                </td>
                <td>
                  <code>{p.policyArn}</code>
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setDetaching(p.policyArn)}
                  >
                    Detach<span className="visually-hidden"> {p.policyName}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (choice === '') return;
          const done = await action.run((c) => holderApi(c, holder).attach(choice));
          if (done !== undefined) {
            setChoice('');
            attached.reload();
          }
        }}
      >
        <label htmlFor={selectId}>Policy to attach</label>
        <select id={selectId} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a policy</option>
          {available.map((p) => (
            <option key={p.arn} value={p.arn}>
              {p.policyName}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={choice === '' || action.pending}>
          Attach policy
        </button>
      </form>
      <ConfirmDialog
        open={detaching !== undefined}
        title="Detach policy?"
        actionLabel="Detach"
        pending={action.pending}
        onCancel={() => setDetaching(undefined)}
        onConfirm={async () => {
          const arn = detaching;
          setDetaching(undefined);
          if (
            arn !== undefined &&
            (await action.run((c) => holderApi(c, holder).detach(arn))) !== undefined
          ) {
            attached.reload();
          }
        }}
      >
        <p>
          <code>{detaching}</code> will no longer apply to {holder.kind} {holder.name}.
        </p>
      </ConfirmDialog>
    </Section>
  );
}

function InlinePolicies({ holder }: { holder: PolicyHolder }) {
  const names = useQuery((c) => holderApi(c, holder).inline(), [holder.kind, holder.name]);
  const action = useAction();
  const [editing, setEditing] = useState<{ name: string; document: string; isNew: boolean } | undefined>();
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
      <ProblemNotice
        problem={names.problem ?? action.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {saved && <Success>Inline policy {saved} saved.</Success>}
      {names.data && list.length === 0 && <p className="muted">No inline policy.</p>}
      {list.length > 0 && (
        <ul className="plain-list">
          {list.map((name) => (
            <li key={name}>
              <strong>{name}</strong>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => setViewing(viewing === name ? undefined : name)}
              >
                {viewing === name ? 'Hide' : 'Show'}
                <span className="visually-hidden"> {name}</span>
              </button>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={async () => {
                  const policy = await action.run((c) => holderApi(c, holder).getInline(name));
                  if (policy) setEditing({ name, document: prettyPolicy(policy.document), isNew: false });
                }}
              >
                Edit<span className="visually-hidden"> {name}</span>
              </button>{' '}
              <button type="button" className="button button-small" onClick={() => setRemoving(name)}>
                Remove<span className="visually-hidden"> {name}</span>
              </button>
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
        onConfirm={async () => {
          const name = removing;
          setRemoving(undefined);
          if (
            name !== undefined &&
            (await action.run((c) => holderApi(c, holder).remove(name))) !== undefined
          ) {
            names.reload();
          }
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
      <PolicySummaryView document={policy.data.document} />
      <pre className="code-block">{prettyPolicy(policy.data.document)}</pre>
    </div>
  );
}

function InlinePolicyForm({
  holder,
  initial,
  onDone,
  onCancel,
}: {
  holder: PolicyHolder;
  initial: { name: string; document: string; isNew: boolean };
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial.name);
  const [document, setDocument] = useState(initial.document);
  const { client } = useSession();
  const { findings, gatewayNote } = usePolicyFindings(document, 'identity', client);
  const action = useAction();
  const nameId = useId();
  return (
    <form
      className="panel-inner"
      onSubmit={async (e) => {
        e.preventDefault();
        const done = await action.run((c) => holderApi(c, holder).put(name.trim(), document));
        if (done !== undefined) onDone(name.trim());
      }}
    >
      <h3>{initial.isNew ? 'New inline policy' : `Edit ${initial.name}`}</h3>
      <div className="field">
        <label htmlFor={nameId}>Policy name</label>
        <input
          id={nameId}
          value={name}
          onChange={(e) => setName(e.target.value)}
          readOnly={!initial.isNew}
          required
        />
      </div>
      <PolicyEditor
        label="Policy document"
        value={document}
        onChange={setDocument}
        findings={findings}
        note={gatewayNote}
        rows={12}
      />
      <PolicySummaryView document={document} />
      <ProblemNotice problem={action.problem} />
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={hasErrors(findings) || action.pending}
        >
          Save inline policy
        </button>
      </div>
    </form>
  );
}
