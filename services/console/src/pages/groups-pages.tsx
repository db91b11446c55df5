import type { ListGroupsQuery } from '@iamgate/sdk';
import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { CheckboxList } from '../components/checkbox-list.js';
import { dateColumn } from '../components/entity-columns.js';
import { EntityDetailPage } from '../components/entity-detail-page.js';
import { EntityListPage } from '../components/entity-list-page.js';
import { FormActions } from '../components/form-actions.js';
import { TextField } from '../components/form-fields.js';
import { PageHeader, When } from '../components/page.js';
import { PermissionsPanel } from '../components/permissions-panel.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { RenamableSummary } from '../components/renamable-summary.js';
import { Tabs } from '../components/tabs.js';
import { groupPath } from '../router/entity-paths.js';
import { navigate } from '../router/router.js';
import { useUrlTab } from '../router/use-url-tab.js';
import { GroupUsers } from './group-users.js';

type GroupRow = ListGroupsQuery['listGroups']['edges'][number]['node'];

export function GroupsPage() {
  return (
    <EntityListPage<GroupRow>
      title="User groups"
      description="A group's policies apply to every user in it."
      create={{ label: 'Create group', to: '/groups/new' }}
      noun="groups"
      nameLabel="Group name"
      rowKey={(g) => g.groupId}
      nameOf={(g) => g.groupName}
      hrefOf={(g) => groupPath(g.groupName)}
      load={(c, page) => c.api.listGroups(page)}
      remove={(c, g) => c.api.deleteGroup({ groupName: g.groupName })}
      removeWarning="The group must have no members and no policies left."
      columns={[
        { key: 'path', label: 'Path', render: (g) => g.path, sortValue: (g) => g.path },
        dateColumn('created', 'Created', (g) => g.createDate),
      ]}
    />
  );
}

/** Creates a group and attaches the chosen managed policies to it. */
export function CreateGroupPage() {
  const action = useAction();
  const policies = useQuery((c) => c.api.listPolicies({ first: 100 }), []);
  const [groupName, setGroupName] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <>
      <PageHeader title="Create user group" crumbs={[{ label: 'User groups', to: '/groups' }]} />
      <form
        className="panel"
        onSubmit={async (e) => {
          e.preventDefault();
          const name = groupName.trim();
          const done = await action.run(async (c) => {
            await c.api.createGroup({ groupName: name });
            for (const policyArn of chosen) await c.api.attachGroupPolicy({ groupName: name, policyArn });
            return true;
          });
          if (done) navigate(groupPath(name));
        }}
      >
        <TextField
          label="User group name"
          value={groupName}
          onChange={setGroupName}
          required
          maxLength={128}
        />
        <CheckboxList
          legend="Attach permissions policies"
          noun="policies"
          loading={policies.loading}
          options={policies.data?.edges.map(({ node: p }) => ({ value: p.arn, label: p.policyName }))}
          chosen={chosen}
          onChange={setChosen}
        />
        <ProblemNotice problem={action.problem ?? policies.problem} />
        <FormActions submitLabel="Create group" disabled={action.pending} cancel="/groups" />
      </form>
    </>
  );
}

export function GroupDetailPage({ groupName }: { groupName: string }) {
  const [tab, setTab] = useUrlTab(groupPath(groupName), 'users');
  const group = useQuery((c) => c.api.getGroup({ groupName }), [groupName]);
  return (
    <EntityDetailPage
      name={groupName}
      noun="group"
      list={{ label: 'User groups', to: '/groups' }}
      entity={group}
      remove={(c) => c.api.deleteGroup({ groupName })}
      removeWarning={<p>Remove the group's members and policies first.</p>}
    >
      {(g) => (
        <>
          <RenamableSummary
            target={{ kind: 'group', name: groupName, path: g.path, arn: g.arn }}
            tab={tab}
            onChange={group.reload}
            items={[
              ['ARN', <code key="arn">{g.arn}</code>],
              ['Path', g.path],
              ['Created', <When key="c" iso={g.createDate} />],
            ]}
          />
          <Tabs
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'users',
                label: 'Users',
                render: () => (
                  <GroupUsers
                    groupName={groupName}
                    users={g.users.edges.map((e) => e.node)}
                    onChange={group.reload}
                  />
                ),
              },
              {
                id: 'permissions',
                label: 'Permissions',
                render: () => <PermissionsPanel holder={{ kind: 'group', name: groupName }} />,
              },
            ]}
          />
        </>
      )}
    </EntityDetailPage>
  );
}
