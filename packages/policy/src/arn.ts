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

const ACCOUNT_ID = /^\d{12}$/;

/** An account's resource of one type, named by an ARN: `arn:<partition>:<service>::<account>:<type>/<id>`. */
export interface AccountResource {
  partition: string;
  account: string;
  /** Everything after `<type>/`: a name with its path, a URL... */
  id: string;
}

/**
 * The account and id of an ARN of a resource of `type` of `service` held by an account (12 digits), with no region,
 * as IAM names its resources; undefined for any other text.
 *
 * @example
 * accountResourceOf('arn:aws:iam::123456789012:oidc-provider/token.example.com/auth', 'iam', 'oidc-provider');
 * // { partition: 'aws', account: '123456789012', id: 'token.example.com/auth' }
 * accountResourceOf('arn:aws:iam::123456789012:user/alice', 'iam', 'role'); // undefined
 */
export function accountResourceOf(arn: string, service: string, type: string): AccountResource | undefined {
  const parts = tryParseArn(arn);
  if (parts === undefined || parts.service !== service || parts.region !== '') return undefined;
  if (!ACCOUNT_ID.test(parts.account) || !parts.resource.startsWith(`${type}/`)) return undefined;
  const id = parts.resource.slice(type.length + 1);
  return id === '' ? undefined : { partition: parts.partition, account: parts.account, id };
}
