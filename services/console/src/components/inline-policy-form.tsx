import { useState } from 'react';
import { useAction } from '../api/use-api.js';
import { hasErrors, PolicyEditor } from '../policy/policy-editor.js';
import { PolicySummaryView } from '../policy/policy-summary-view.js';
import { FormActions } from './form-actions.js';
import { TextField } from './form-fields.js';
import { holderApi, type PolicyHolder } from './policy-holder.js';
import { ProblemNotice } from './problem-notice.js';
import { usePolicyDraft } from './use-policy-draft.js';

/** An inline policy being written: a new one (named here), or an existing one (its name is fixed). */
export type InlineDraft = { name: string; document: string; isNew: boolean };

export function InlinePolicyForm({
  holder,
  initial,
  onDone,
  onCancel,
}: {
  holder: PolicyHolder;
  initial: InlineDraft;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(initial.name);
  const draft = usePolicyDraft(initial.document, 'identity');
  const action = useAction();
  return (
    <form
      className="panel-inner"
      onSubmit={async (e) => {
        e.preventDefault();
        const done = await action.run((c) => holderApi(c, holder).put(name.trim(), draft.value));
        if (done !== undefined) onDone(name.trim());
      }}
    >
      <h3>{initial.isNew ? 'New inline policy' : `Edit ${initial.name}`}</h3>
      <TextField label="Policy name" value={name} onChange={setName} readOnly={!initial.isNew} required />
      <PolicyEditor label="Policy document" {...draft} rows={12} />
      <PolicySummaryView document={draft.value} />
      <ProblemNotice problem={action.problem} />
      <FormActions
        submitLabel="Save inline policy"
        disabled={hasErrors(draft.findings) || action.pending}
        cancel={onCancel}
      />
    </form>
  );
}
