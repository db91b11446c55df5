import { type PathSegment, pointer, show } from '../parse/findings.js';
import type { Finding } from '../types.js';
import {
  ACCESS_LEVELS,
  type ActionDefinition,
  CONDITION_KEY_TYPES,
  type ConditionKeyDefinition,
  type ResourceTypeDefinition,
  type ServiceDefinitionDocument,
} from './definition.js';

/** A service prefix: lower-case letters, digits and hyphens, starting with a letter (`orders`, `iam`). */
const PREFIX = /^[a-z][a-z0-9-]{0,63}$/;
/** An action or resource type name (`GetOrder`, `order`). */
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,127}$/;
/** An ARN format: six colon-separated parts, the first `arn`. */
const ARN_FORMAT = /^arn:[^:]+:[^:]+:[^:]*:[^:]*:.+$/;

/** The result of `checkServiceDefinition`. */
export interface ServiceDefinitionCheck {
  valid: boolean;
  /** `INVALID_SERVICE_DEFINITION` errors, each with a JSON pointer into the definition. */
  findings: Finding[];
  /** The definition, when valid. */
  definition?: ServiceDefinitionDocument;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The findings of a definition check: one code, `INVALID_SERVICE_DEFINITION`, with a JSON pointer each. */
class DefinitionFindings {
  readonly list: Finding[] = [];
  error(path: PathSegment[], message: string): void {
    this.list.push({ severity: 'ERROR', code: 'INVALID_SERVICE_DEFINITION', path: pointer(path), message });
  }
}

function checkKeys(value: unknown, path: PathSegment[], out: DefinitionFindings): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((k) => typeof k === 'string' && k.includes(':'))) {
    out.error(path, 'must be a list of condition key names (`service:Key`)');
    return [];
  }
  return value as string[];
}

function checkAction(value: unknown, path: PathSegment[], out: DefinitionFindings, types: Set<string>): void {
  if (!isObject(value)) {
    out.error(path, 'an action must be an object');
    return;
  }
  const action = value as Partial<ActionDefinition> & Json;
  if (typeof action.Name !== 'string' || !NAME.test(action.Name))
    out.error([...path, 'Name'], `\`${show(action.Name)}\` is not an action name (letters, digits, _ and -)`);
  if (!ACCESS_LEVELS.includes(action.AccessLevel as never))
    out.error([...path, 'AccessLevel'], `must be one of ${ACCESS_LEVELS.join(', ')}`);
  if (action.Resources !== undefined) {
    if (!Array.isArray(action.Resources)) out.error([...path, 'Resources'], 'must be a list of `{ Name }`');
    else
      action.Resources.forEach((r, i) => {
        const name = isObject(r) ? r.Name : undefined;
        if (typeof name !== 'string' || !types.has(name))
          out.error(
            [...path, 'Resources', i, 'Name'],
            `\`${show(name)}\` is not a resource type of the service`,
          );
      });
  }
  checkKeys(action.ActionConditionKeys, [...path, 'ActionConditionKeys'], out);
}

function checkResourceType(
  value: unknown,
  path: PathSegment[],
  out: DefinitionFindings,
  prefix: string,
): string | undefined {
  if (!isObject(value)) {
    out.error(path, 'a resource type must be an object');
    return undefined;
  }
  const type = value as Partial<ResourceTypeDefinition> & Json;
  if (typeof type.Name !== 'string' || !NAME.test(type.Name)) {
    out.error([...path, 'Name'], `\`${show(type.Name)}\` is not a resource type name`);
    return undefined;
  }
  if (!Array.isArray(type.ARNFormats) || type.ARNFormats.length === 0) {
    out.error([...path, 'ARNFormats'], 'must list at least one ARN format');
  } else {
    type.ARNFormats.forEach((format, i) => {
      if (typeof format !== 'string' || !ARN_FORMAT.test(format) || format.split(':')[2] !== prefix) {
        out.error(
          [...path, 'ARNFormats', i],
          `\`${show(format)}\` is not an ARN format of service \`${prefix}\` (arn:\${Partition}:${prefix}:...)`,
        );
      }
    });
  }
  checkKeys(type.ConditionKeys, [...path, 'ConditionKeys'], out);
  return type.Name;
}

function checkConditionKey(
  value: unknown,
  path: PathSegment[],
  out: DefinitionFindings,
  prefix: string,
): void {
  if (!isObject(value)) {
    out.error(path, 'a condition key must be an object');
    return;
  }
  const key = value as Partial<ConditionKeyDefinition> & Json;
  if (
    typeof key.Name !== 'string' ||
    !key.Name.toLowerCase().startsWith(`${prefix}:`) ||
    key.Name.length <= prefix.length + 1
  )
    out.error([...path, 'Name'], `\`${show(key.Name)}\` must be a key of the service (\`${prefix}:Name\`)`);
  if (
    !Array.isArray(key.Types) ||
    key.Types.length === 0 ||
    !key.Types.every((t) => CONDITION_KEY_TYPES.includes(t))
  )
    out.error([...path, 'Types'], `must list types among ${CONDITION_KEY_TYPES.join(', ')}`);
}

function unique(
  names: (string | undefined)[],
  path: PathSegment[],
  out: DefinitionFindings,
  what: string,
): void {
  const seen = new Set<string>();
  names.forEach((name, i) => {
    if (name === undefined) return;
    const lower = name.toLowerCase();
    if (seen.has(lower))
      out.error([...path, i, 'Name'], `${what} \`${name}\` is defined twice (names ignore case)`);
    seen.add(lower);
  });
}

/**
 * Checks a service definition (parsed JSON): a valid prefix, actions with names, access levels and resource types
 * that the service defines, resource types whose ARN formats belong to the service, condition keys of the service
 * with known types, and no name twice. Total: never throws.
 */
export function checkServiceDefinition(input: unknown): ServiceDefinitionCheck {
  const out = new DefinitionFindings();
  if (!isObject(input)) {
    out.error([], 'a service definition must be a JSON object');
    return { valid: false, findings: out.list };
  }
  const prefix = typeof input.Name === 'string' ? input.Name : '';
  if (!PREFIX.test(prefix))
    out.error(['Name'], `\`${show(input.Name)}\` is not a service prefix (lower-case letters, digits, -)`);
  const types = new Set<string>();
  if (input.Resources !== undefined) {
    if (!Array.isArray(input.Resources)) out.error(['Resources'], 'must be a list of resource types');
    else {
      const names = input.Resources.map((r, i) => checkResourceType(r, ['Resources', i], out, prefix));
      unique(names, ['Resources'], out, 'resource type');
      for (const name of names) if (name !== undefined) types.add(name);
    }
  }
  if (!Array.isArray(input.Actions) || input.Actions.length === 0)
    out.error(['Actions'], 'must list at least one action');
  else {
    input.Actions.forEach((a, i) => {
      checkAction(a, ['Actions', i], out, types);
    });
    unique(
      input.Actions.map((a) => (isObject(a) && typeof a.Name === 'string' ? a.Name : undefined)),
      ['Actions'],
      out,
      'action',
    );
  }
  if (input.ConditionKeys !== undefined) {
    if (!Array.isArray(input.ConditionKeys)) out.error(['ConditionKeys'], 'must be a list of condition keys');
    else {
      input.ConditionKeys.forEach((k, i) => {
        checkConditionKey(k, ['ConditionKeys', i], out, prefix);
      });
      unique(
        input.ConditionKeys.map((k) => (isObject(k) && typeof k.Name === 'string' ? k.Name : undefined)),
        ['ConditionKeys'],
        out,
        'condition key',
      );
    }
  }
  const list = out.list;
  if (list.length > 0) return { valid: false, findings: list };
  return { valid: true, findings: [], definition: input as unknown as ServiceDefinitionDocument };
}
