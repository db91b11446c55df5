import type { IamgateClient } from '@iamgate/sdk';
import { useEffect, useId, useRef, useState } from 'react';
import { useAction } from '../api/use-api.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { FormActions } from './form-actions.js';
import { TextField } from './form-fields.js';
import { DismissibleProblem } from './problem-notice.js';

/** A user or group: the entities `updateUser` and `updateGroup` rename and move. */
export type RenameTarget = { kind: 'user' | 'group'; name: string; path: string; arn: string };

/** IAM's names of users and groups: 1-64 (users) or 1-128 (groups) characters of `[\w+=,.@-]`. */
const NAME = /^[\w+=,.@-]+$/;
/** A path: `/`, or `/` then segments each ending in `/`, of printable ASCII. */
const PATH = /^\/(?:[\u0021-\u007e]+\/)*$/;

/** The ARN an entity will have once renamed or moved: the same account, the new path and name. */
export function renamedArn(arn: string, kind: 'user' | 'group', path: string, name: string): string {
  const at = arn.indexOf(`:${kind}/`);
  return at < 0 ? arn : `${arn.slice(0, at)}:${kind}${path}${name}`;
}

/** What is wrong with a new name and path, if anything. */
export function renameErrors(kind: 'user' | 'group', name: string, path: string): string[] {
  const errors: string[] = [];
  const max = kind === 'user' ? 64 : 128;
  if (name === '') errors.push('Give a name.');
  else if (name.length > max || !NAME.test(name))
    errors.push(`A ${kind} name is 1-${max} letters, digits and the characters + = , . @ _ -.`);
  if (path.length > 512 || !PATH.test(path))
    errors.push('A path starts and ends with `/`, such as `/engineering/`.');
  return errors;
}

function update(
  client: IamgateClient,
  target: RenameTarget,
  change: { newName?: string; newPath?: string },
): Promise<unknown> {
  return target.kind === 'user'
    ? client.api.updateUser({
        userName: target.name,
        ...(change.newName === undefined ? {} : { newUserName: change.newName }),
        ...(change.newPath === undefined ? {} : { newPath: change.newPath }),
      })
    : client.api.updateGroup({
        groupName: target.name,
        ...(change.newName === undefined ? {} : { newGroupName: change.newName }),
        ...(change.newPath === undefined ? {} : { newPath: change.newPath }),
      });
}

/**
 * Renames and/or moves a user or group (`updateUser`, `updateGroup`). The new ARN is shown and confirmed before the
 * change: policies and other references that name the old ARN or name do not follow it.
 */
export function RenameForm({
  target,
  onDone,
  onCancel,
}: {
  target: RenameTarget;
  /** Called with the entity's name after the change. */
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(target.name);
  const [path, setPath] = useState(target.path);
  const [errors, setErrors] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const errorsId = useId();
  const first = useRef<HTMLInputElement>(null);
  // The Edit button that opened the form is gone: keyboard focus moves to the form's first field.
  useEffect(() => first.current?.focus(), []);
  const newName = name.trim();
  const newPath = path.trim();
  const change = {
    ...(newName === target.name ? {} : { newName }),
    ...(newPath === target.path ? {} : { newPath }),
  };
  const newArn = renamedArn(target.arn, target.kind, newPath, newName);
  const label = target.kind === 'user' ? 'User' : 'User group';
  return (
    <>
      <form
        className="panel-inner entity-edit"
        aria-label={`Edit ${target.kind} ${target.name}`}
        aria-describedby={errors.length > 0 ? errorsId : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          const found = renameErrors(target.kind, newName, newPath);
          setErrors(found);
          if (found.length > 0) return;
          if (Object.keys(change).length === 0) onCancel();
          else setConfirming(true);
        }}
      >
        <TextField
          label={`${label} name`}
          ref={first}
          value={name}
          onChange={setName}
          required
          autoComplete="off"
        />
        <TextField label="Path" value={path} onChange={setPath} required autoComplete="off" />
        {errors.length > 0 && (
          <div className="notice notice-error" role="alert" id={errorsId}>
            <ul>
              {errors.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        )}
        <DismissibleProblem action={action} />
        <FormActions submitLabel="Save changes" disabled={action.pending} cancel={onCancel} />
      </form>
      <ConfirmDialog
        open={confirming}
        title={`Change the ARN of ${target.name}?`}
        actionLabel="Confirm change"
        pending={action.pending}
        onCancel={() => setConfirming(false)}
        onConfirm={async () => {
          setConfirming(false);
          if ((await action.run((c) => update(c, target, change))) !== undefined) onDone(newName);
        }}
      >
        <p>The {target.kind}'s ARN changes from</p>
        <p>
          <code>{target.arn}</code>
        </p>
        <p>to</p>
        <p>
          <code>{newArn}</code>
        </p>
        <p>
          Policies whose resources or conditions name the old ARN or name are not changed: update them, or
          they no longer match this {target.kind}. Its unique id, policies
          {target.kind === 'user' ? ', groups and credentials' : ' and members'} stay.
        </p>
      </ConfirmDialog>
    </>
  );
}
