import type { ServiceDefinitionDocument } from '@iamgate/policy';

/**
 * Actions no identity policy's use can show: decided by a role's trust policy for callers from outside the account
 * (`assumeRoleWithWebIdentity` is anonymous), so granting them in an identity policy is never "used".
 */
const TRUST_ONLY = new Set(['sts:assumerolewithwebidentity']);

/**
 * The actions whose use the gateway sees, so that unused access can judge them: every action of its own services
 * (mutations are audited; reads, `iam:PassRole` and the other checks a call makes are counted in the activity
 * record), and the actions of an app's service definition when the app decides through the gateway (`authorize`):
 * a service with at least one allowed decision recorded in the period (`observedPrefixes`). An app that decides only
 * locally, from a snapshot, shows the gateway nothing, so its actions are not judged.
 */
export function judgedActions(
  builtins: readonly ServiceDefinitionDocument[],
  appServices: readonly ServiceDefinitionDocument[],
  observedPrefixes: ReadonlySet<string>,
): string[] {
  const builtinPrefixes = new Set(builtins.map((s) => s.Name.toLowerCase()));
  const actions = new Set<string>();
  const add = (service: ServiceDefinitionDocument) => {
    for (const action of service.Actions) {
      const name = `${service.Name}:${action.Name}`;
      if (!TRUST_ONLY.has(name.toLowerCase())) actions.add(name);
    }
  };
  for (const service of builtins) add(service);
  for (const service of appServices) {
    const prefix = service.Name.toLowerCase();
    if (!builtinPrefixes.has(prefix) && observedPrefixes.has(prefix)) add(service);
  }
  return [...actions].sort();
}
