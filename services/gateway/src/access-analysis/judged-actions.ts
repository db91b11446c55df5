import type { ServiceDefinitionDocument } from '@iamgate/policy';

/**
 * Actions no identity policy's use can show: decided by a role's trust policy for callers from outside the account
 * (`assumeRoleWithWebIdentity` is anonymous), so granting them in an identity policy is never "used".
 */
const TRUST_ONLY = new Set(['sts:assumerolewithwebidentity']);

/** The actions whose use the gateway sees: its own services' always, an app service's per principal. */
export interface JudgedActions {
  /** Every action of the gateway's own services. */
  builtin: readonly string[];
  /** The actions of each app service definition, by lower-case prefix. */
  byService: ReadonlyMap<string, readonly string[]>;
}

/**
 * The actions whose use the gateway sees, so that unused access can judge them: every action of its own services
 * (mutations are audited; reads, `iam:PassRole` and the other checks a call makes are counted in the activity
 * record), and the actions of an app's service definition, which are judged for a principal only when it had at
 * least one decision of that service recorded in the period (`forPrincipal`): an app that decides locally, from a
 * snapshot, shows the gateway nothing, so its actions are not judged for principals it decides about.
 */
export function judgedActions(
  builtins: readonly ServiceDefinitionDocument[],
  appServices: readonly ServiceDefinitionDocument[],
): JudgedActions {
  const actionsOf = (service: ServiceDefinitionDocument) =>
    service.Actions.map((a) => `${service.Name}:${a.Name}`).filter((a) => !TRUST_ONLY.has(a.toLowerCase()));
  const builtinPrefixes = new Set(builtins.map((s) => s.Name.toLowerCase()));
  const byService = new Map<string, string[]>();
  for (const service of appServices) {
    const prefix = service.Name.toLowerCase();
    if (!builtinPrefixes.has(prefix)) byService.set(prefix, actionsOf(service));
  }
  return { builtin: builtins.flatMap(actionsOf), byService };
}

/** The actions judged for a principal that used actions `used` (lower case) in the period, sorted. */
export function forPrincipal(judged: JudgedActions, used: ReadonlySet<string>): string[] {
  const actions = new Set(judged.builtin);
  const prefixes = new Set([...used].map((action) => action.slice(0, action.indexOf(':'))));
  for (const prefix of prefixes) for (const action of judged.byService.get(prefix) ?? []) actions.add(action);
  return [...actions].sort();
}
