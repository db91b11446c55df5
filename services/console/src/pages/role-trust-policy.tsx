import { useState } from 'react';
import { useAction } from '../api/use-api.js';
import { FormActions } from '../components/form-actions.js';
import { Section, Success } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { usePolicyDraft } from '../components/use-policy-draft.js';
import { prettyPolicy } from '../policy/line-diff.js';
import { PolicyDocumentView } from '../policy/policy-document-view.js';
import { hasErrors, PolicyEditor } from '../policy/policy-editor.js';

/** The "Trust relationships" tab of a role: who may assume it, as its trust policy says, and editing that policy. */
export function TrustPolicy({
  roleName,
  document,
  onChange,
}: {
  roleName: string;
  document: string;
  onChange: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const draft = usePolicyDraft(() => prettyPolicy(document), 'trust');
  const action = useAction();
  const [saved, setSaved] = useState(false);
  return (
    <Section
      title="Trusted entities"
      actions={
        !editing && (
          <button
            type="button"
            className="button"
            onClick={() => {
              draft.onChange(prettyPolicy(document));
              setEditing(true);
            }}
          >
            Edit trust policy
          </button>
        )
      }
    >
      {saved && <Success>Trust policy updated.</Success>}
      {editing ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            const done = await action.run((c) =>
              c.api.updateAssumeRolePolicy({ roleName, policyDocument: draft.value }),
            );
            if (done) {
              setEditing(false);
              setSaved(true);
              onChange();
            }
          }}
        >
          <PolicyEditor label="Trust policy" {...draft} rows={14} />
          <ProblemNotice problem={action.problem} />
          <FormActions
            submitLabel="Update policy"
            disabled={hasErrors(draft.findings) || action.pending}
            cancel={() => setEditing(false)}
          />
        </form>
      ) : (
        <PolicyDocumentView document={document} />
      )}
    </Section>
  );
}
