/**
 * `Resource` / `NotResource` (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html):
 * `*` or ARNs with per-segment wildcards and, in 2012-10-17 policies, variables.
 */
import { ArnPattern } from '../arn-pattern.js';
import { isArnPatternText } from '../conditions/arn.js';
import { ResourceSet } from '../resource-set.js';
import { type Findings, type PathSegment, show } from './findings.js';
import { has, readStringList } from './string-list.js';

/** What the kind rules need to know about a statement's resources. */
export interface ResourceShape {
  present: boolean;
  not: boolean;
  /** True when the element lists `*`. */
  star: boolean;
}

/** Parses the resource element of a statement; returns null when neither `Resource` nor `NotResource` is present. */
export function parseResources(
  statement: Record<string, unknown>,
  path: readonly PathSegment[],
  variables: boolean,
  findings: Findings,
): { set: ResourceSet | null; shape: ResourceShape } {
  const hasResource = has(statement, 'Resource');
  const hasNot = has(statement, 'NotResource');
  if (hasResource && hasNot) {
    findings.error(
      'RESOURCE_AND_NOT_RESOURCE',
      path,
      'a statement cannot have both `Resource` and `NotResource`',
    );
  }
  if (!hasResource && !hasNot) return { set: null, shape: { present: false, not: false, star: false } };
  const element = hasResource ? 'Resource' : 'NotResource';
  const items = readStringList(statement[element], [...path, element], element, findings);
  const patterns: ArnPattern[] = [];
  for (const item of items) {
    if (!isArnPatternText(item.value)) {
      findings.error(
        'INVALID_ARN',
        item.path,
        `\`${show(item.value)}\` is not an arn: use \`arn:partition:service:region:account:resource\` or \`*\``,
      );
      continue;
    }
    const service = item.value.split(':')[2];
    if (service !== undefined && (service.includes('*') || service.includes('?'))) {
      findings.warning(
        'WILDCARD_IN_SERVICE',
        item.path,
        `\`${show(item.value)}\` has a wildcard in the service segment, which aws does not allow`,
      );
    }
    const pattern = ArnPattern.compile(item.value, variables);
    for (const issue of pattern.issues) findings.warning('INVALID_VARIABLE', item.path, issue);
    patterns.push(pattern);
  }
  return {
    set: new ResourceSet(patterns, !hasResource),
    shape: { present: true, not: !hasResource, star: items.some((i) => i.value === '*') },
  };
}
