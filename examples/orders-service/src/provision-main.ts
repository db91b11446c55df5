/**
 * `pnpm provision` of the example: creates the services' workloads and roles with the session in
 * `IAMGATE_SESSION_TOKEN` (the root user's, in the README) and keeps their credentials in `.services.json`.
 */
import { writeFile } from 'node:fs/promises';
import { createClient, fromEnv, isIamgateError } from '@iamgate/sdk';
import { SERVICES_FILE } from './config.js';
import { provisionServices } from './provision.js';

const url = new URL('/graphql', process.env.IAMGATE_URL ?? 'http://127.0.0.1:4000').toString();
try {
  const services = await provisionServices(createClient({ url, credentials: fromEnv() }));
  await writeFile(SERVICES_FILE, `${JSON.stringify(services, null, 2)}\n`, { mode: 0o600 });
  process.stdout.write(
    [
      `workload ${services.orders.workloadArn} holds ${services.orders.roleArn}`,
      `workload ${services.billing.workloadArn} holds ${services.billing.roleArn}`,
      `credentials written to ${SERVICES_FILE}`,
      '',
    ].join('\n'),
  );
} catch (error) {
  const code = isIamgateError(error) ? `${error.code}: ` : '';
  process.stderr.write(`provisioning failed: ${code}${(error as Error).message}\n`);
  process.exit(1);
}
