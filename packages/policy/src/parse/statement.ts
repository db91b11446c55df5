/**
 * One statement (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_statement.html): `Sid`,
 * `Effect`, `Principal`/`NotPrincipal`, `Action`/`NotAction`, `Resource`/`NotResource`, `Condition`.
 */
import type { CompiledStatement } from '../compile.js';
import { parseActions } from './action-element.js';
import { parseConditions } from './condition-element.js';
import { type Findings, type PathSegment, show, typeName } from './findings.js';
import { type PrincipalShape, parsePrincipalElement } from './principal-element.js';
import { parseResources, type ResourceShape } from './resource-element.js';
import { has, isObject } from './string-list.js';

const ELEMENTS = new Set([
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
]);

/** What the kind-specific rules of `validatePolicy` need to know about a statement. */
export interface StatementShape {
  path: PathSegment[];
  sid: string | undefined;
  effect: 'Allow' | 'Deny' | undefined;
  principal: PrincipalShape;
  resource: ResourceShape;
  notAction: boolean;
  hasCondition: boolean;
}

/** Version-dependent parsing switches. */
export interface StatementOptions {
  /** True for `2012-10-17`: `${...}` are variables. */
  variables: boolean;
}

function checkOldVersionVariables(
  statement: Record<string, unknown>,
  path: PathSegment[],
  findings: Findings,
): void {
  for (const element of ['Resource', 'NotResource', 'Condition']) {
    if (!has(statement, element)) continue;
    let text: string;
    try {
      text = JSON.stringify(statement[element]) ?? '';
    } catch {
      continue;
    }
    if (text.includes('${')) {
      findings.warning(
        'VARIABLE_IN_OLD_VERSION',
        [...path, element],
        `\`\${...}\` is literal text unless the policy has \`"Version": "2012-10-17"\``,
      );
    }
  }
}

/** Parses one statement, reporting problems; returns its compiled form and shape (best effort when invalid). */
export function parseStatement(
  value: unknown,
  index: number,
  path: PathSegment[],
  options: StatementOptions,
  findings: Findings,
): { statement: CompiledStatement; shape: StatementShape } | undefined {
  if (!isObject(value)) {
    findings.error('INVALID_STATEMENT', path, `a statement must be an object, got ${typeName(value)}`);
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (!ELEMENTS.has(key))
      findings.error('UNKNOWN_ELEMENT', [...path, key], `\`${show(key)}\` is not a statement element`);
  }
  let sid: string | undefined;
  if (has(value, 'Sid')) {
    if (typeof value.Sid === 'string') sid = value.Sid;
    else
      findings.error('INVALID_SID', [...path, 'Sid'], `\`Sid\` must be a string, got ${typeName(value.Sid)}`);
  }
  let effect: 'Allow' | 'Deny' | undefined;
  if (!has(value, 'Effect')) findings.error('MISSING_EFFECT', path, 'a statement needs `Effect`');
  else if (value.Effect === 'Allow' || value.Effect === 'Deny') effect = value.Effect;
  else
    findings.error(
      'INVALID_EFFECT',
      [...path, 'Effect'],
      `\`Effect\` must be \`Allow\` or \`Deny\`, got \`${show(value.Effect)}\``,
    );

  const principal = parsePrincipalElement(value, path, findings);
  const actions = parseActions(value, path, findings);
  const resources = parseResources(value, path, options.variables, findings);
  const conditions = parseConditions(value, path, options.variables, findings);
  if (!options.variables) checkOldVersionVariables(value, path, findings);

  const statement: CompiledStatement = {
    index,
    sid,
    effect: effect ?? 'Deny',
    actions,
    resources: resources.set,
    principals: principal.set,
    notPrincipal: principal.shape.not,
    conditions,
  };
  const shape: StatementShape = {
    path,
    sid,
    effect,
    principal: principal.shape,
    resource: resources.shape,
    notAction: actions?.not === true,
    hasCondition: conditions.length > 0,
  };
  return { statement, shape };
}
