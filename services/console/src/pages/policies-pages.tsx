import type { ListPoliciesQuery } from '@iamgate/sdk';
import { useQuery } from '../api/use-api.js';
import { dateColumn } from '../components/entity-columns.js';
import { EntityDetailPage } from '../components/entity-detail-page.js';
import { EntityListPage } from '../components/entity-list-page.js';
import { Loading, Section, Summary, When } from '../components/page.js';
import { Tabs } from '../components/tabs.js';
import { TagsPanel } from '../components/tags-panel.js';
import { PolicyDocumentView } from '../policy/policy-document-view.js';
import { policyPath } from '../router/entity-paths.js';
import { useUrlTab } from '../router/use-url-tab.js';
import { PolicyEntities } from './policy-entities.js';
import { PolicyVersions } from './policy-versions.js';

type PolicyRow = ListPoliciesQuery['listPolicies']['edges'][number]['node'];

export function PoliciesPage() {
  return (
    <EntityListPage<PolicyRow>
      title="Policies"
      description="Customer managed policies: versioned documents you attach to users, groups and roles."
      create={{ label: 'Create policy', to: '/policies/new' }}
      noun="policies"
      nameLabel="Policy name"
      rowKey={(p) => p.policyId}
      nameOf={(p) => p.policyName}
      hrefOf={(p) => policyPath(p.arn)}
      load={(c, page) => c.api.listPolicies(page)}
      remove={(c, p) => c.api.deletePolicy({ policyArn: p.arn })}
      removeWarning="The policy must be detached from every user, group and role, and have only its default version left."
      columns={[
        {
          key: 'attachments',
          label: 'Attached entities',
          render: (p) => p.attachmentCount,
          sortValue: (p) => p.attachmentCount,
        },
        { key: 'description', label: 'Description', render: (p) => p.description ?? '' },
        dateColumn('lastUsed', 'Last used', (p) => p.lastUsed?.lastUsedDate),
        dateColumn('updated', 'Updated', (p) => p.updateDate),
      ]}
    />
  );
}

export function PolicyDetailPage({ policyArn }: { policyArn: string }) {
  const [tab, setTab] = useUrlTab(policyPath(policyArn), 'permissions');
  const policy = useQuery((c) => c.api.getPolicy({ policyArn }), [policyArn]);
  const versions = useQuery((c) => c.api.listPolicyVersions({ policyArn }), [policyArn]);
  const reload = () => {
    policy.reload();
    versions.reload();
  };
  const current = versions.data?.find((v) => v.isDefaultVersion);
  const name = policy.data?.policyName ?? policyArn.split('/').at(-1) ?? policyArn;
  return (
    <EntityDetailPage
      name={name}
      noun="policy"
      list={{ label: 'Policies', to: '/policies' }}
      entity={policy}
      problem={versions.problem}
      remove={(c) => c.api.deletePolicy({ policyArn })}
      removeWarning={
        <p>Detach the policy from every user, group and role, and delete its other versions, first.</p>
      }
    >
      {(p) => (
        <>
          <Section title="Policy details">
            <Summary
              items={[
                ['ARN', <code key="arn">{p.arn}</code>],
                ['Description', p.description ?? ''],
                ['Default version', p.defaultVersionId],
                ['Attached entities', p.attachmentCount],
                ['Created', <When key="c" iso={p.createDate} />],
                ['Last edited', <When key="u" iso={p.updateDate} />],
                [
                  'Last used',
                  p.lastUsed ? (
                    <span key="l">
                      <When iso={p.lastUsed.lastUsedDate} /> for <code>{p.lastUsed.action}</code>
                    </span>
                  ) : (
                    'Never'
                  ),
                ],
              ]}
            />
          </Section>
          <Tabs
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'permissions',
                label: 'Permissions',
                render: () =>
                  current ? (
                    <Section title={`Permissions defined in this policy (${current.versionId})`}>
                      <PolicyDocumentView document={current.document} />
                    </Section>
                  ) : (
                    <Loading what="the default version" />
                  ),
              },
              {
                id: 'versions',
                label: 'Policy versions',
                render: () => (
                  <PolicyVersions policyArn={policyArn} versions={versions.data ?? []} onChange={reload} />
                ),
              },
              {
                id: 'entities',
                label: 'Entities attached',
                render: () => <PolicyEntities policyArn={policyArn} />,
              },
              {
                id: 'tags',
                label: 'Tags',
                render: () => (
                  <TagsPanel
                    tags={p.tags}
                    tag={(c, tags) => c.api.tagPolicy({ policyArn, tags })}
                    untag={(c, tagKeys) => c.api.untagPolicy({ policyArn, tagKeys })}
                    onChange={policy.reload}
                  />
                ),
              },
            ]}
          />
        </>
      )}
    </EntityDetailPage>
  );
}
