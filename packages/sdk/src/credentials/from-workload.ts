import { InvalidConfigurationError } from '../errors/sdk-errors.js';
import { AssumeWorkloadRoleDocument } from '../generated/graphql.js';
import type { CredentialProvider } from './credential-provider.js';
import { type RefreshOptions, refreshingProvider } from './refreshing-provider.js';
import { roleSessionCredentials } from './role-session.js';

/** A workload's credential (from `createWorkload` or `rotateWorkloadCredential`) and its session settings. */
export interface FromWorkloadOptions extends RefreshOptions {
  /** The workload id (`AIPA...`). */
  workloadId: string;
  /** The workload's secret. */
  secret: string;
  /** The session name; the workload id by default. */
  roleSessionName?: string;
  /** 900 up to the role's maximum session duration (default 3,600). */
  durationSeconds?: number;
}

/**
 * Sessions of the role a workload holds, obtained with the workload's own credential through
 * `assumeWorkloadRole` and renewed before they expire: what a service, job or machine runs with, like an EC2
 * instance profile's role.
 *
 * @example
 * const client = createClient({
 *   url,
 *   credentials: fromWorkload({ workloadId: process.env.WORKLOAD_ID!, secret: process.env.WORKLOAD_SECRET! }),
 * });
 */
export function fromWorkload(options: FromWorkloadOptions): CredentialProvider {
  const { workloadId, secret, roleSessionName, durationSeconds, ...refresh } = options;
  if (!workloadId || !secret) {
    throw new InvalidConfigurationError('`fromWorkload` needs `workloadId` and `secret`', 'credentials');
  }
  const variables = {
    workloadId,
    secret,
    ...(roleSessionName === undefined ? {} : { roleSessionName }),
    ...(durationSeconds === undefined ? {} : { durationSeconds }),
  };
  return refreshingProvider(async (context, signal) => {
    const { assumeWorkloadRole } = await context.execute(
      AssumeWorkloadRoleDocument,
      variables,
      signal === undefined ? {} : { signal },
    );
    return roleSessionCredentials(assumeWorkloadRole);
  }, refresh);
}
