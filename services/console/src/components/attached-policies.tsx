import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { policyPath } from '../router/entity-paths.js';
import { Link } from '../router/router.js';
import { ChooseForm } from './choose-form.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { DataTable } from './data-table.js';
import { ItemButton } from './item-button.js';
import { Loading, Section } from './page.js';
import { holderApi, type PolicyHolder } from './policy-holder.js';
import { DismissibleProblem } from './problem-notice.js';

/** The managed policies attached to a user, group or role: detach one (after a confirmation), attach another. */
export function AttachedPolicies({ holder }: { holder: PolicyHolder }) {
  const attached = useQuery((c) => holderApi(c, holder).attached(), [holder.kind, holder.name]);
  const policies = useQuery((c) => c.api.listPolicies({ first: 100 }), []);
  const action = useAction();
  const [detaching, setDetaching] = useState<string | undefined>();
  const current = attached.data?.edges.map((e) => e.node) ?? [];
  const available = (policies.data?.edges.map((e) => e.node) ?? []).filter(
    (p) => p.isAttachable && !current.some((a) => a.policyArn === p.arn),
  );

  return (
    <Section title="Attached managed policies">
      <DismissibleProblem read={attached.problem} action={action} />
      {attached.loading && <Loading what="attached policies" />}
      {attached.data && current.length === 0 && <p className="muted">No managed policy is attached.</p>}
      {current.length > 0 && (
        <DataTable caption="Attached managed policies" columns={['Policy', 'ARN']} rowActions>
          {current.map((p) => (
            <tr key={p.policyArn}>
              <td>
                <Link to={policyPath(p.policyArn)}>{p.policyName}</Link>
              </td>
              <td>
                <code>{p.policyArn}</code>
              </td>
              <td>
                <ItemButton label="Detach" item={p.policyName} onClick={() => setDetaching(p.policyArn)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ChooseForm
        label="Policy to attach"
        placeholder="Choose a policy"
        options={available.map((p) => ({ value: p.arn, label: p.policyName }))}
        submitLabel="Attach policy"
        pending={action.pending}
        onChoose={(arn) => action.runThen((c) => holderApi(c, holder).attach(arn), attached.reload)}
      />
      <ConfirmDialog
        open={detaching !== undefined}
        title="Detach policy?"
        actionLabel="Detach"
        pending={action.pending}
        onCancel={() => setDetaching(undefined)}
        onConfirm={() => {
          const arn = detaching;
          setDetaching(undefined);
          if (arn !== undefined)
            void action.runThen((c) => holderApi(c, holder).detach(arn), attached.reload);
        }}
      >
        <p>
          <code>{detaching}</code> will no longer apply to {holder.kind} {holder.name}.
        </p>
      </ConfirmDialog>
    </Section>
  );
}
