/**
 * ARNs: `arn:partition:service:region:account:resource`. Any partition is accepted (`aws`, `iamgate`, ...). The
 * resource part is everything after the fifth colon and may itself contain colons
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html).
 */
import { PolicyError } from './errors.js';

/** The six parts of an ARN (the literal `arn` prefix is implied). */
export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

/**
 * Splits an ARN-shaped string into its six colon-separated parts (`arn` first), or null when `value` does not start
 * with `arn:` or has fewer than five colons. The sixth part keeps any further colons.
 *
 * @example
 * splitArn('arn:aws:logs:eu-west-1:111122223333:log-group:app');
 * // ['arn', 'aws', 'logs', 'eu-west-1', '111122223333', 'log-group:app']
 */
export function splitArn(value: string): string[] | null {
  if (!value.startsWith('arn:')) return null;
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < 5; i++) {
    const colon = value.indexOf(':', start);
    if (colon < 0) return null;
    parts.push(value.slice(start, colon));
    start = colon + 1;
  }
  parts.push(value.slice(start));
  return parts;
}

/**
 * Like `parseArn`, but returns undefined instead of throwing.
 *
 * @example
 * tryParseArn('arn:aws:s3:::bucket')?.service; // 's3'
 * tryParseArn('bucket'); // undefined
 */
export function tryParseArn(arn: string): ArnParts | undefined {
  if (typeof arn !== 'string') return undefined;
  const parts = splitArn(arn);
  if (parts === null) return undefined;
  const [, partition, service, region, account, resource] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (partition === '' || service === '') return undefined;
  return { partition, service, region, account, resource };
}

/**
 * Parses an ARN. Throws `PolicyError` with code `ERR_INVALID_ARN` when `arn` is not of the form
 * `arn:partition:service:region:account:resource` with a non-empty partition and service.
 *
 * @example
 * parseArn('arn:aws:iam::123456789012:user/alice').resource; // 'user/alice'
 */
export function parseArn(arn: string): ArnParts {
  const parts = tryParseArn(arn);
  if (parts === undefined) throw new PolicyError('ERR_INVALID_ARN', `\`${String(arn)}\` is not an arn`);
  return parts;
}

/**
 * Formats ARN parts. Throws `PolicyError` (`ERR_INVALID_ARN`) when the partition or service is empty or a part
 * before the resource contains a colon.
 *
 * @example
 * formatArn({ partition: 'aws', service: 's3', region: '', account: '', resource: 'bucket/key' });
 * // 'arn:aws:s3:::bucket/key'
 */
export function formatArn(parts: ArnParts): string {
  const { partition, service, region, account, resource } = parts;
  const head = [partition, service, region, account];
  if (partition === '' || service === '' || head.some((p) => typeof p !== 'string' || p.includes(':'))) {
    throw new PolicyError('ERR_INVALID_ARN', `cannot format arn from \`${head.join(',')}\``);
  }
  if (typeof resource !== 'string') throw new PolicyError('ERR_INVALID_ARN', 'arn resource must be a string');
  return `arn:${head.join(':')}:${resource}`;
}
