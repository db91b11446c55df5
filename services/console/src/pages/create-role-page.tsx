import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { CheckboxList } from '../components/checkbox-list.js';
import { FormActions } from '../components/form-actions.js';
import { CheckboxField, TextField } from '../components/form-fields.js';
import { PageHeader, Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { usePolicyDraft } from '../components/use-policy-draft.js';
import { hasErrors, PolicyEditor } from '../policy/policy-editor.js';
import { rolePath } from '../router/entity-paths.js';
import { navigate } from '../router/router.js';
import { readArn } from '../session/arn.js';
import { useSession } from '../session/session-context.js';

/** A trust policy letting `principal` (an ARN, or an account id for the whole account) assume the role. */
export function trustPolicyFor(principal: string, partition: string): string {
  const aws = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal;
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: aws }, Action: 'sts:AssumeRole' }],
    },
    null,
    2,
  );
}

/** Creates a role: who may assume it (this account, a principal, or a trust policy written by hand), then policies. */
export function CreateRolePage() {
  const { session } = useSession();
  const account = session?.role?.accountId ?? session?.signedIn.accountId ?? '';
  const partition = readArn(session?.signedIn.principalArn ?? '')?.partition ?? 'iamgate';
  const action = useAction();
  const policies = useQuery((c) => c.api.listPolicies({ first: 100 }), []);
  const [roleName, setRoleName] = useState('');
  const [description, setDescription] = useState('');
  const [trusted, setTrusted] = useState(account);
  const [custom, setCustom] = useState(false);
  const trust = usePolicyDraft(() => trustPolicyFor(account, partition), 'trust');
  const [chosen, setChosen] = useState<string[]>([]);
  const document = custom ? trust.value : trustPolicyFor(trusted.trim(), partition);
  return (
    <>
      <PageHeader title="Create role" crumbs={[{ label: 'Roles', to: '/roles' }]} />
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const name = roleName.trim();
          const done = await action.run(async (c) => {
            await c.api.createRole({
              roleName: name,
              assumeRolePolicyDocument: document,
              ...(description.trim() === '' ? {} : { description: description.trim() }),
            });
            for (const policyArn of chosen) await c.api.attachRolePolicy({ roleName: name, policyArn });
            return true;
          });
          if (done) navigate(rolePath(name));
        }}
      >
        <Section title="Trusted entity">
          <CheckboxField label="Write a custom trust policy" checked={custom} onChange={setCustom} />
          {custom ? (
            <PolicyEditor label="Trust policy" {...trust} rows={12} />
          ) : (
            <TextField
              label="Account id or principal ARN allowed to assume the role"
              value={trusted}
              onChange={setTrusted}
              required
            >
              <p className="muted">
                An account id trusts the account: its principals whose own policies allow{' '}
                <code>sts:AssumeRole</code>.
              </p>
            </TextField>
          )}
        </Section>
        <Section title="Role details">
          <TextField label="Role name" value={roleName} onChange={setRoleName} required maxLength={64} />
          <TextField label="Description (optional)" value={description} onChange={setDescription} />
          <CheckboxList
            legend="Permissions policies"
            noun="policies"
            options={policies.data?.edges.map(({ node: p }) => ({ value: p.arn, label: p.policyName }))}
            chosen={chosen}
            onChange={setChosen}
          />
          <ProblemNotice problem={action.problem ?? policies.problem} />
          <FormActions
            submitLabel="Create role"
            disabled={action.pending || (custom && hasErrors(trust.findings))}
            cancel="/roles"
          />
        </Section>
      </form>
    </>
  );
}
