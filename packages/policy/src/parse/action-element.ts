/**
 * `Action` / `NotAction` (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html):
 * `*` or `service:Name`, with `*` and `?` wildcards. Variables are not supported in actions.
 */
import { ActionSet } from '../action-set.js';
import type { Findings, PathSegment } from './findings.js';
import { has, readStringList } from './string-list.js';

const ACTION = /^[A-Za-z0-9_.*?-]+:\S+$/;

/** Parses the action element of a statement; reports problems; returns null when neither element is present. */
export function parseActions(
  statement: Record<string, unknown>,
  path: readonly PathSegment[],
  findings: Findings,
): ActionSet | null {
  const hasAction = has(statement, 'Action');
  const hasNot = has(statement, 'NotAction');
  if (hasAction && hasNot) {
    findings.error('ACTION_AND_NOT_ACTION', path, 'a statement cannot have both `Action` and `NotAction`');
  }
  if (!hasAction && !hasNot) {
    findings.error('MISSING_ACTION', path, 'a statement needs `Action` or `NotAction`');
    return null;
  }
  const element = hasAction ? 'Action' : 'NotAction';
  const items = readStringList(statement[element], [...path, element], element, findings);
  for (const item of items) {
    if (item.value !== '*' && !ACTION.test(item.value)) {
      findings.error(
        'INVALID_ACTION',
        item.path,
        `\`${item.value}\` is not an action: use \`service:Name\` or \`*\``,
      );
    }
  }
  return new ActionSet(
    items.map((i) => i.value),
    !hasAction,
  );
}
