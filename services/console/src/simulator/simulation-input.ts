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
  /** Advanced: the principal to simulate as in resource policies (`callerArn`); the policy source by default. */
  callerArn?: string;
  /** Advanced: a resource-based policy (JSON) replacing the ones stored for the resources. */
  resourcePolicy?: string;
  /** Advanced: the account id owning the resources (`resourceOwner`). */
  resourceOwner?: string;
  /** Advanced: a permissions boundary (JSON) replacing the principal's. */
  permissionsBoundary?: string;
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

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
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
  const callerArn = form.callerArn?.trim() ?? '';
  if (callerArn !== '' && !/^arn:[^:\s]+:[^:\s]+:[^:\s]*:[^:\s]*:\S+$/.test(callerArn))
    errors.push(
      `\`${callerArn}\` is not an ARN: write the caller as \`arn:partition:iam::account:user/name\`.`,
    );
  const resourceOwner = form.resourceOwner?.trim() ?? '';
  if (resourceOwner !== '' && !/^\d{12}$/.test(resourceOwner))
    errors.push('The resource owner is an account id of 12 digits.');
  const resourcePolicy = form.resourcePolicy?.trim() ?? '';
  if (resourcePolicy !== '' && !isJson(resourcePolicy)) errors.push('The resource policy is not valid JSON.');
  const boundary = form.permissionsBoundary?.trim() ?? '';
  if (boundary !== '' && !isJson(boundary)) errors.push('The permissions boundary is not valid JSON.');
  const common = {
    actionNames,
    ...(resourceArns.length === 0 ? {} : { resourceArns }),
    ...(contextEntries.length === 0 ? {} : { contextEntries }),
    ...(callerArn === '' ? {} : { callerArn }),
    ...(resourcePolicy === '' ? {} : { resourcePolicy }),
    ...(resourceOwner === '' ? {} : { resourceOwner }),
    ...(boundary === '' ? {} : { permissionsBoundaryPolicyInputList: [boundary] }),
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
