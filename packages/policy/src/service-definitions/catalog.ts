import { compileWildcard } from '../wildcard.js';
import type { ActionDefinition, ConditionKeyType, ServiceDefinitionDocument } from './definition.js';
import { GLOBAL_CONDITION_KEYS } from './global-keys.js';
import { nearestName } from './nearest-name.js';

/** A service of the catalog, indexed for the checks. */
export interface CatalogService {
  prefix: string;
  /** Actions by lower-case name. */
  actions: Map<string, ActionDefinition>;
  /** ARN patterns of each resource type (templates with every `${...}` as `*`), by name. */
  resourceTypes: Map<string, string[]>;
  /** Condition keys of the service by lower-case name, prefixes (`orders:OrderTag/`) included. */
  conditionKeys: Map<string, ConditionKeyType>;
}

/** An ARN format as a pattern: each `${Variable}` matches anything. */
function templatePattern(format: string): string {
  return format.replace(/\$\{[^}]*\}/g, '*');
}

/** The type of `key` among `keys`, exact or by its longest `/`-ending prefix (tag-like keys). */
function keyType(keys: ReadonlyMap<string, ConditionKeyType>, key: string): ConditionKeyType | undefined {
  const lower = key.toLowerCase();
  const exact = keys.get(lower);
  if (exact !== undefined) return exact;
  const slash = lower.indexOf('/');
  return slash < 0 ? undefined : keys.get(lower.slice(0, slash + 1));
}

const GLOBAL = new Map(Object.entries(GLOBAL_CONDITION_KEYS).map(([k, t]) => [k.toLowerCase(), t]));

/**
 * The services policy checks know: an app's definitions (`checkServiceDefinition`), plus whatever the caller adds
 * (the gateway adds its own `iam`, `sts`, `organizations` and `iamgate`). Prefixes and names compare ignoring case,
 * as the engine matches actions.
 */
export class ServiceCatalog {
  private readonly services = new Map<string, CatalogService>();

  constructor(definitions: readonly ServiceDefinitionDocument[] = []) {
    for (const definition of definitions) this.add(definition);
  }

  /** Adds (or replaces) a service. */
  add(definition: ServiceDefinitionDocument): this {
    const actions = new Map(definition.Actions.map((a) => [a.Name.toLowerCase(), a]));
    const resourceTypes = new Map(
      (definition.Resources ?? []).map((r) => [r.Name, r.ARNFormats.map(templatePattern)]),
    );
    const conditionKeys = new Map<string, ConditionKeyType>();
    for (const key of definition.ConditionKeys ?? [])
      conditionKeys.set(key.Name.toLowerCase(), key.Types[0]!);
    this.services.set(definition.Name.toLowerCase(), {
      prefix: definition.Name,
      actions,
      resourceTypes,
      conditionKeys,
    });
    return this;
  }

  /** The service of a prefix, if the catalog knows it. */
  service(prefix: string): CatalogService | undefined {
    return this.services.get(prefix.toLowerCase());
  }

  /** The prefixes the catalog knows. */
  prefixes(): string[] {
    return [...this.services.values()].map((s) => s.prefix);
  }

  /** The actions of `service` an action pattern (`Get*`, `GetOrder`) matches, ignoring case. */
  matchingActions(service: CatalogService, pattern: string): ActionDefinition[] {
    if (!pattern.includes('*') && !pattern.includes('?')) {
      const exact = service.actions.get(pattern.toLowerCase());
      return exact === undefined ? [] : [exact];
    }
    const glob = compileWildcard(pattern, { caseInsensitive: true });
    return [...service.actions.values()].filter((a) => glob.test(a.Name.toLowerCase()));
  }

  /** The action name nearest to a misspelled one (`GetOrdr` -> `GetOrder`). */
  suggestAction(service: CatalogService, name: string): string | undefined {
    return nearestName(
      name,
      [...service.actions.values()].map((a) => a.Name),
    );
  }

  /**
   * The type of a condition key: a global `aws:` key, or a key of a known service. `undefined` when it is unknown;
   * `null` when its service is not in the catalog (nothing can be said about it).
   */
  conditionKeyType(key: string): ConditionKeyType | undefined | null {
    const colon = key.indexOf(':');
    if (colon < 0) return undefined;
    const prefix = key.slice(0, colon).toLowerCase();
    if (prefix === 'aws') return keyType(GLOBAL, key);
    const service = this.services.get(prefix);
    if (service === undefined) return null;
    return keyType(service.conditionKeys, key);
  }

  /** The known condition key nearest to a misspelled one, among the global keys and the key's service's. */
  suggestConditionKey(key: string): string | undefined {
    const prefix = key.slice(0, key.indexOf(':')).toLowerCase();
    const names =
      prefix === 'aws'
        ? Object.keys(GLOBAL_CONDITION_KEYS)
        : [...(this.services.get(prefix)?.conditionKeys.keys() ?? [])];
    return nearestName(key, names);
  }
}
