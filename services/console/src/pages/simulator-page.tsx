import { useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { PageHeader, Section } from '../components/page.js';
import { ProblemNotice } from '../components/problem-notice.js';
import { useLocation } from '../router/router.js';
import type { SimulationRequest } from '../simulator/simulation-input.js';
import { type EvaluationResult, SimulationResults } from '../simulator/simulation-results.js';
import { type PrincipalChoice, SimulatorFormView } from '../simulator/simulator-form.js';

/** IAM's policy simulator over the gateway's `simulatePrincipalPolicy` and `simulateCustomPolicy`. */
export function SimulatorPage() {
  const { query } = useLocation();
  const principals = useQuery(async (c) => {
    const [users, groups, roles] = await Promise.all([
      c.api.listUsers({ first: 100 }),
      c.api.listGroups({ first: 100 }),
      c.api.listRoles({ first: 100 }),
    ]);
    const choices: PrincipalChoice[] = [
      ...users.edges.map(({ node }) => ({ arn: node.arn, label: node.userName, kind: 'User' as const })),
      ...groups.edges.map(({ node }) => ({ arn: node.arn, label: node.groupName, kind: 'Group' as const })),
      ...roles.edges.map(({ node }) => ({ arn: node.arn, label: node.roleName, kind: 'Role' as const })),
    ];
    return choices;
  }, []);
  const action = useAction();
  const [results, setResults] = useState<EvaluationResult[] | undefined>();
  const simulate = async (request: SimulationRequest) => {
    setResults(undefined);
    const answer = await action.run((c) =>
      request.kind === 'principal'
        ? c.api.simulatePrincipalPolicy(request.input)
        : c.api.simulateCustomPolicy(request.input),
    );
    if (answer) setResults(answer);
  };
  return (
    <>
      <PageHeader
        title="Policy simulator"
        description="Decides requests with the same engine the gateway authorizes with: nothing is changed or performed."
      />
      <Section title="Request">
        <ProblemNotice problem={principals.problem} />
        <SimulatorFormView
          principals={principals.data ?? []}
          onSimulate={simulate}
          pending={action.pending}
          initialPrincipal={query.get('principal') ?? ''}
        />
      </Section>
      <Section title="Results">
        <ProblemNotice problem={action.problem} />
        {results ? (
          <SimulationResults results={results} />
        ) : (
          <p className="muted">Run a simulation to see decisions.</p>
        )}
      </Section>
    </>
  );
}
