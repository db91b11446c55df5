import { splitArn } from '@iamgate/policy';
import { invalidInput } from '../errors.js';
import { isStorableText } from '../storable-text.js';

/** The longest resource ARN or pattern a policy is stored for (IAM's ARN quota, the column's length). */
export const MAX_RESOURCE_ARN_LENGTH = 2048;

/**
 * Services whose resources iamgate itself authorizes, and which therefore take no stored resource policy: IAM
 * entities have no resource-based policies (roles have trust policies), as in AWS
 * (`reference_aws-services-that-work-with-iam.html`), and a stored one would make `authorize` answer what the IAM API
 * does not do.
 */
const OWN_SERVICES = new Set(['iam', 'sts', 'organizations', 'iamgate']);

const WILDCARD = /[*?]/;
const SERVICE = /^[a-z0-9][a-z0-9-]*$/;

/** The parts of a checked resource ARN: the prefix every ARN of its service and partition starts with. */
export interface CheckedResourceArn {
  arn: string;
  /** `arn:<partition>:<service>:`, which the stored ARN starts with (for a prefix filter). */
  servicePrefix: string;
}

/**
 * Checks the resource ARN or ARN pattern a policy is stored for: six segments, this installation's partition, a
 * literal service (no wildcard, as AWS allows none there) that is not one of iamgate's own, the account itself as a
 * literal account segment (so the policy is only ever about the account's own resources), and a resource part.
 * Region and resource may hold `*` and `?`. Anything else is `InvalidInput`.
 */
export function checkResourceArn(partition: string, accountId: string, arn: string): CheckedResourceArn {
  const refuse = (why: string) =>
    invalidInput(`resource ARN \`${arn.slice(0, 256)}\` ${why}`, { field: 'resourceArn' });
  if (typeof arn !== 'string' || arn.length === 0 || arn.length > MAX_RESOURCE_ARN_LENGTH) {
    throw refuse(`must be 1 to ${MAX_RESOURCE_ARN_LENGTH} characters`);
  }
  if (!isStorableText(arn)) throw refuse('holds characters that cannot be stored');
  const parts = splitArn(arn);
  if (parts === null) throw refuse('is not an ARN (`arn:partition:service:region:account:resource`)');
  const [, arnPartition, service, , account, resource] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (arnPartition !== partition) throw refuse(`must be of the partition \`${partition}\``);
  if (!SERVICE.test(service))
    throw refuse('must name a service: lowercase letters, digits and `-`, no wildcard');
  if (OWN_SERVICES.has(service)) {
    throw refuse(`is of \`${service}\`, whose resources take no stored resource policy`);
  }
  if (WILDCARD.test(account) || account !== accountId) {
    throw refuse(`must be of the account \`${accountId}\` itself`);
  }
  if (resource === '') throw refuse('must name a resource (`*` for every resource of the service)');
  return { arn, servicePrefix: `arn:${partition}:${service}:` };
}
