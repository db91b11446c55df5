import type { IamgateClient } from '@iamgate/sdk';
import { type ReactNode, useState } from 'react';
import type { Problem } from '../api/problem.js';
import { type Action, type Query, useAction } from '../api/use-api.js';
import { navigate } from '../router/router.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { Loading, PageHeader } from './page.js';
import { ProblemNotice } from './problem-notice.js';

/**
 * The frame of an entity's page (a user, group, role, policy or workload): its name as the heading under a
 * breadcrumb to its list, a Delete button that asks for the name to be typed, the read's problem or progress, then
 * the page itself once the entity is read.
 */
export function EntityDetailPage<T>({
  name,
  noun,
  list,
  actions,
  entity,
  problem,
  action,
  notice,
  remove,
  removeWarning,
  children,
}: {
  /** The entity's name: the heading, and the text typed to confirm its deletion. */
  name: string;
  /** What it is: `Delete user`, `Loading the user…`. */
  noun: string;
  /** Its list: the breadcrumb, and where the page goes once the entity is deleted. */
  list: { label: string; to: string };
  /** Header buttons before Delete. */
  actions?: ReactNode;
  /** The read of the entity. */
  entity: Query<T>;
  /** Another read's problem, shown when the entity's own read has none (a policy's versions). */
  problem?: Problem | undefined;
  /**
   * The page's own changes (a workload's credential rotation): the deletion runs with the same action, so one
   * notice says whichever failed, and the person can dismiss it. Without it a failed deletion's problem stays.
   */
  action?: Action;
  /** Shown under the problem, whether or not the entity is read yet (a secret shown once). */
  notice?: ReactNode;
  remove: (client: IamgateClient) => Promise<unknown>;
  /** What must go first, or what deleting also ends, said in the confirmation. */
  removeWarning: ReactNode;
  children: (entity: NonNullable<T>) => ReactNode;
}) {
  const own = useAction();
  const change = action ?? own;
  const [deleting, setDeleting] = useState(false);
  const deleteLabel = `Delete ${noun}`;
  return (
    <>
      <PageHeader
        title={name}
        crumbs={[list]}
        actions={
          <>
            {actions}
            <button type="button" className="button button-danger" onClick={() => setDeleting(true)}>
              {deleteLabel}
            </button>
          </>
        }
      />
      <ProblemNotice
        problem={entity.problem ?? problem ?? change.problem}
        onDismiss={action && change.problem ? change.clear : undefined}
      />
      {notice}
      {entity.loading && !entity.data && <Loading what={`the ${noun}`} />}
      {entity.data ? children(entity.data) : null}
      <ConfirmDialog
        open={deleting}
        title={`Delete ${name}?`}
        confirmText={name}
        actionLabel={deleteLabel}
        pending={change.pending}
        onCancel={() => setDeleting(false)}
        onConfirm={async () => {
          setDeleting(false);
          if ((await change.run(remove)) !== undefined) navigate(list.to);
        }}
      >
        {removeWarning}
      </ConfirmDialog>
    </>
  );
}
