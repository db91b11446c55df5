import { useState } from 'react';
import { useAction } from '../api/use-api.js';
import { FormActions } from '../components/form-actions.js';
import { CheckboxField } from '../components/form-fields.js';
import { Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { usePolicyDraft } from '../components/use-policy-draft.js';
import { hasErrors, PolicyEditor } from '../policy/policy-editor.js';
import { PolicySummaryView } from '../policy/policy-summary-view.js';

/** Writes a new version of a managed policy, starting from `initial`, and makes it the default unless told not to. */
export function NewPolicyVersionForm({
  policyArn,
  initial,
  onCancel,
  onDone,
}: {
  policyArn: string;
  initial: string;
  onCancel: () => void;
  onDone: (versionId: string) => void;
}) {
  const action = useAction();
  const draft = usePolicyDraft(initial, 'identity');
  const [setAsDefault, setSetAsDefault] = useState(true);
  return (
    <Section title="New version">
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const version = await action.run((c) =>
            c.api.createPolicyVersion({ policyArn, policyDocument: draft.value, setAsDefault }),
          );
          if (version) onDone(version.versionId);
        }}
      >
        <PolicyEditor label="Policy document (JSON)" {...draft} />
        <PolicySummaryView document={draft.value} />
        <CheckboxField label="Set as the default version" checked={setAsDefault} onChange={setSetAsDefault} />
        <ProblemNotice problem={action.problem} />
        <FormActions
          submitLabel="Save version"
          disabled={hasErrors(draft.findings) || action.pending}
          cancel={onCancel}
        />
      </form>
    </Section>
  );
}
