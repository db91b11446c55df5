import { useId, useState } from 'react';
import { useAction } from '../api/use-api.js';
import { DataTable } from '../components/data-table.js';
import { ItemButton } from '../components/item-button.js';
import { Section, Success, When } from '../components/page.js';
import { DismissibleProblem } from '../components/problem-notice.js';
import { prettyPolicy } from '../policy/line-diff.js';
import { STARTER_POLICY } from '../policy/starter-policy.js';
import { VersionDiff } from '../policy/version-diff.js';
import { NewPolicyVersionForm } from './new-policy-version-form.js';

type Version = { versionId: string; document: string; isDefaultVersion: boolean; createDate: string };

/** Version history: compare any two, make one the default, delete old ones, or write a new version. */
export function PolicyVersions({
  policyArn,
  versions,
  onChange,
}: {
  policyArn: string;
  versions: readonly Version[];
  onChange: () => void;
}) {
  const action = useAction();
  const sorted = [...versions].sort((a, b) => Number(b.versionId.slice(1)) - Number(a.versionId.slice(1)));
  const [left, setLeft] = useState(sorted[1]?.versionId ?? sorted[0]?.versionId ?? '');
  const [right, setRight] = useState(sorted[0]?.versionId ?? '');
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | undefined>();
  const ids = { left: useId(), right: useId() };
  const byId = (id: string) => versions.find((v) => v.versionId === id);
  const defaultVersion = sorted.find((v) => v.isDefaultVersion);
  return (
    <>
      <Section
        title="Policy versions"
        actions={
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Create new version
          </button>
        }
      >
        <DismissibleProblem action={action} />
        {saved && <Success>{saved}</Success>}
        <DataTable caption="Versions of the policy" columns={['Version', 'Created']} rowActions>
          {sorted.map((v) => (
            <tr key={v.versionId}>
              <td>
                {v.versionId} {v.isDefaultVersion && <span className="badge badge-allow">Default</span>}
              </td>
              <td>
                <When iso={v.createDate} />
              </td>
              <td className="row-actions">
                {!v.isDefaultVersion && (
                  <>
                    <ItemButton
                      label={`Set ${v.versionId} as default`}
                      disabled={action.pending}
                      onClick={async () => {
                        const done = await action.run((c) =>
                          c.api.setDefaultPolicyVersion({ policyArn, versionId: v.versionId }),
                        );
                        if (done) {
                          setSaved(`${v.versionId} is now the default version.`);
                          onChange();
                        }
                      }}
                    />
                    <ItemButton
                      label={`Delete ${v.versionId}`}
                      disabled={action.pending}
                      onClick={() =>
                        action.runThen(
                          (c) => c.api.deletePolicyVersion({ policyArn, versionId: v.versionId }),
                          onChange,
                        )
                      }
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </Section>
      {editing && (
        <NewPolicyVersionForm
          policyArn={policyArn}
          initial={prettyPolicy(defaultVersion?.document ?? STARTER_POLICY)}
          onCancel={() => setEditing(false)}
          onDone={(versionId) => {
            setEditing(false);
            setSaved(`${versionId} created.`);
            setLeft(defaultVersion?.versionId ?? left);
            setRight(versionId);
            onChange();
          }}
        />
      )}
      {sorted.length > 0 && (
        <Section title="Compare versions">
          <div className="inline-form">
            <label htmlFor={ids.left}>Old</label>
            <VersionSelect id={ids.left} versions={sorted} value={left} onChange={setLeft} />
            <label htmlFor={ids.right}>New</label>
            <VersionSelect id={ids.right} versions={sorted} value={right} onChange={setRight} />
          </div>
          {byId(left) && byId(right) && (
            <VersionDiff
              before={byId(left)?.document ?? ''}
              after={byId(right)?.document ?? ''}
              caption={`${left} → ${right}`}
            />
          )}
        </Section>
      )}
    </>
  );
}

function VersionSelect({
  id,
  versions,
  value,
  onChange,
}: {
  id: string;
  versions: readonly Version[];
  value: string;
  onChange: (versionId: string) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {versions.map((v) => (
        <option key={v.versionId}>{v.versionId}</option>
      ))}
    </select>
  );
}
