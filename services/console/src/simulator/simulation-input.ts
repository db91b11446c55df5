import type {
  ContextEntryInput,
  ContextKeyType,
  SimulateCustomPolicyInput,
  SimulatePrincipalPolicyInput,
} from '@iamgate/sdk';

/** One context key row of the simulator form; `values` comma-separated. */
export interface ContextRow {
  key: string;
  type: ContextKeyType | '';
  values: string;
}

/** What the simulator form holds. */
export interface SimulatorForm {
  mode: 'principal' | 'custom';
  /** The user, group or role whose policies are simulated (`mode: 'principal'`). */
  principalArn: string;
  /** Identity policies to simulate (`mode: 'custom'`), as JSON texts. */
  policies: string[];
  /** Actions, one per line or comma-separated. */
  actions: string;
  /** Resource ARNs, one per line; none simulates `*`. */
  resources: string;
  context: ContextRow[];
}

/** What the simulator asks the gateway: `simulatePrincipalPolicy` or `simulateCustomPolicy`. */
export type SimulationRequest =
  | { kind: 'principal'; input: SimulatePrincipalPolicyInput }
  | { kind: 'custom'; input: SimulateCustomPolicyInput };

export type BuildResult = { ok: true; request: SimulationRequest } | { ok: false; errors: string[] };

/** AWS's action syntax: `service:Action`, `*` and `?` allowed in the action part. */
const ACTION = /^[a-zA-Z0-9_-]+:[a-zA-Z0-9*?_-]+$/;

function items(text: string, separators: RegExp): string[] {
  return [
    ...new Set(
      text
        .split(separators)
        .map((s) => s.trim())
        .filter((s) => s !== ''),
    ),
  ];
}

/** Checks the form and builds the request the gateway takes, or says everything that is wrong with the form. */
export function buildSimulation(form: SimulatorForm): BuildResult {
  const errors: string[] = [];
  const actionNames = items(form.actions, /[\n,]/);
  if (actionNames.length === 0) errors.push('Give at least one action, such as `iam:ListUsers`.');
  for (const action of actionNames) {
    if (!ACTION.test(action)) errors.push(`\`${action}\` is not an action: write it as \`service:Action\`.`);
  }
  const resourceArns = items(form.resources, /\n/);
  const contextEntries: ContextEntryInput[] = [];
  form.context.forEach((row, i) => {
    const key = row.key.trim();
    const values = items(row.values, /,/);
    if (key === '' && values.length === 0) return;
    if (key === '') errors.push(`Context key ${i + 1} has values but no key.`);
    else if (!/^[^:\s]+:[^\s]+$/.test(key))
      errors.push(`\`${key}\` is not a context key: write it as \`prefix:Name\`.`);
    if (values.length === 0) errors.push(`Give \`${key || `context key ${i + 1}`}\` at least one value.`);
    contextEntries.push({ key, values, ...(row.type === '' ? {} : { type: row.type }) });
  });
  const common = {
    actionNames,
    ...(resourceArns.length === 0 ? {} : { resourceArns }),
    ...(contextEntries.length === 0 ? {} : { contextEntries }),
  };
  if (form.mode === 'principal') {
    if (form.principalArn.trim() === '') errors.push('Choose the user, group or role to simulate.');
    if (errors.length > 0) return { ok: false, errors };
    return {
      ok: true,
      request: { kind: 'principal', input: { policySourceArn: form.principalArn.trim(), ...common } },
    };
  }
  const policyInputList = form.policies.map((p) => p.trim()).filter((p) => p !== '');
  if (policyInputList.length === 0) errors.push('Paste at least one policy document.');
  policyInputList.forEach((p, i) => {
    try {
      JSON.parse(p);
    } catch {
      errors.push(`Policy ${i + 1} is not valid JSON.`);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, request: { kind: 'custom', input: { policyInputList, ...common } } };
}
