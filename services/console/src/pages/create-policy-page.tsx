import { useState } from 'react';
import { useAction } from '../api/use-api.js';
import { FormActions } from '../components/form-actions.js';
import { TextField } from '../components/form-fields.js';
import { PageHeader, Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { usePolicyDraft } from '../components/use-policy-draft.js';
import { hasErrors, PolicyEditor } from '../policy/policy-editor.js';
import { PolicySummaryView } from '../policy/policy-summary-view.js';
import { STARTER_POLICY } from '../policy/starter-policy.js';
import { policyPath } from '../router/entity-paths.js';
import { navigate } from '../router/router.js';

/** The policy editor: the document with the engine's findings as you type and what it grants, then a name. */
export function CreatePolicyPage() {
  const action = useAction();
  const draft = usePolicyDraft(STARTER_POLICY, 'identity');
  const [policyName, setPolicyName] = useState('');
  const [description, setDescription] = useState('');
  const blocked = hasErrors(draft.findings);
  return (
    <>
      <PageHeader title="Create policy" crumbs={[{ label: 'Policies', to: '/policies' }]} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const created = await action.run((c) =>
            c.api.createPolicy({
              policyName: policyName.trim(),
              policyDocument: draft.value,
              ...(description.trim() === '' ? {} : { description: description.trim() }),
            }),
          );
          if (created) navigate(policyPath(created.arn));
        }}
      >
        <Section title="Policy editor">
          <PolicyEditor label="Policy document (JSON)" {...draft} />
        </Section>
        <Section title="Permissions defined in this policy">
          <PolicySummaryView document={draft.value} />
        </Section>
        <Section title="Policy details">
          <TextField
            label="Policy name"
            value={policyName}
            onChange={setPolicyName}
            required
            maxLength={128}
          />
          <TextField label="Description (optional)" value={description} onChange={setDescription} />
          <ProblemNotice problem={action.problem} />
          <FormActions submitLabel="Create policy" disabled={blocked || action.pending} cancel="/policies" />
          {blocked && <p className="muted">Fix the errors the editor lists to create the policy.</p>}
        </Section>
      </form>
    </>
  );
}
