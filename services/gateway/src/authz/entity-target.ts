import { iamArn, type Tag } from '@iamgate/store';
import type { AuthzTarget } from './authz-rule.js';

/** The IAM entity types a caller names by name, and the action that lets a caller read one. */
const READ_ACTIONS = {
  user: 'iam:GetUser',
  group: 'iam:GetGroup',
  role: 'iam:GetRole',
  workload: 'iam:GetWorkload',
} as const;

/** An entity type a target can be built for by name. */
export type NamedEntityType = keyof typeof READ_ACTIONS;

/**
 * The authorization target of the entity `name` of `accountId`: its real ARN (path included) and tags when it
 * exists, so that path- and tag-based policies decide on the truth; the path-less ARN when it does not. An existing
 * entity also carries the path-less ARN to show a caller who may not read it, so a denial reveals neither its path
 * nor its existence (see `AuthzTarget.concealedAs`).
 */
export function entityTarget(
  type: NamedEntityType,
  partition: string,
  accountId: string,
  name: string,
  entity: { arn: string; tags: readonly Tag[] } | undefined,
): AuthzTarget {
  const pathless = iamArn(partition, accountId, type, '/', name);
  if (entity === undefined) return { arn: pathless, accountId };
  return {
    arn: entity.arn,
    accountId,
    tags: entity.tags,
    ...(entity.arn === pathless ? {} : { concealedAs: { arn: pathless, readAction: READ_ACTIONS[type] } }),
  };
}
