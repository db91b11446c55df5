import type { IamgateClient } from '@iamgate/sdk';
import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { policyPath } from '../router/entity-paths.js';
import { Link } from '../router/router.js';
import { ChooseForm } from './choose-form.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { ItemButton } from './item-button.js';
import { Section, Success } from './page.js';
import { ProblemNotice } from './problem-notice.js';

/** A user or role: the principals a permissions boundary can be set on. */
export type BoundaryHolder = { kind: 'user'; name: string } | { kind: 'role'; name: string };

function boundaryApi(client: IamgateClient, holder: BoundaryHolder) {
  const { api } = client;
  return holder.kind === 'user'
    ? {
        put: (permissionsBoundary: string) =>
          api.putUserPermissionsBoundary({ userName: holder.name, permissionsBoundary }),
        remove: () => api.deleteUserPermissionsBoundary({ userName: holder.name }),
      }
    : {
        put: (permissionsBoundary: string) =>
          api.putRolePermissionsBoundary({ roleName: holder.name, permissionsBoundary }),
        remove: () => api.deleteRolePermissionsBoundary({ roleName: holder.name }),
      };
}

/** The policy name at the end of a managed policy's ARN. */
function policyName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/**
 * AWS's "Permissions boundary" section of a user's or role's permissions tab: the managed policy that caps what its
 * identity policies can grant, set (or changed) by choosing a managed policy, and removed after a confirmation.
 */
export function PermissionsBoundaryPanel({
  holder,
  boundary,
  onChange,
}: {
  holder: BoundaryHolder;
  /** The ARN of the managed policy set as boundary, if any. */
  boundary: string | null | undefined;
  onChange: () => void;
}) {
  const policies = useQuery((c) => c.api.listPolicies({ first: 100 }), []);
  const action = useAction();
  const [removing, setRemoving] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  const changed = (message: string) => {
    setDone(message);
    onChange();
  };
  const available = (policies.data?.edges.map((e) => e.node) ?? []).filter(
    (p) => p.isAttachable && p.arn !== boundary,
  );
  return (
    <Section title="Permissions boundary">
      <p className="muted">
        A boundary sets the most the {holder.kind}'s identity-based policies can grant: an action must be
        allowed by both.
      </p>
      <ProblemNotice
        problem={action.problem ?? policies.problem}
        onDismiss={action.problem ? action.clear : undefined}
      />
      {done && <Success>{done}</Success>}
      {boundary ? (
        <p>
          Boundary: <Link to={policyPath(boundary)}>{policyName(boundary)}</Link> <code>{boundary}</code>{' '}
          <ItemButton label="Remove boundary" disabled={action.pending} onClick={() => setRemoving(true)} />
        </p>
      ) : (
        <p>No permissions boundary is set.</p>
      )}
      <ChooseForm
        label={boundary ? 'New boundary policy' : 'Boundary policy'}
        placeholder="Choose a managed policy"
        options={available.map((p) => ({ value: p.arn, label: p.policyName }))}
        submitLabel={boundary ? 'Change boundary' : 'Set boundary'}
        pending={action.pending}
        onChoose={(arn) =>
          action.runThen(
            (c) => boundaryApi(c, holder).put(arn),
            () => changed(`Permissions boundary set to ${policyName(arn)}.`),
          )
        }
      />
      <ConfirmDialog
        open={removing}
        title="Remove permissions boundary?"
        actionLabel="Remove boundary"
        pending={action.pending}
        onCancel={() => setRemoving(false)}
        onConfirm={async () => {
          setRemoving(false);
          await action.runThen(
            (c) => boundaryApi(c, holder).remove(),
            () => changed('Permissions boundary removed.'),
          );
        }}
      >
        <p>
          {holder.kind === 'user' ? 'User' : 'Role'} {holder.name} will have every permission its
          identity-based policies grant, no longer capped by <code>{boundary}</code>.
        </p>
      </ConfirmDialog>
    </Section>
  );
}
