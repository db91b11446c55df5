import type { GatewayConfig } from '../config/gateway-config.js';
import type { FirstAccount } from './ensure-first-account.js';

/**
 * What `pnpm start` prints once listening: where to go and how to sign in, with a mutation to paste into
 * GraphiQL. A generated root password appears here, on first start only.
 */
export function banner(config: GatewayConfig, first: FirstAccount, driver: string): string {
  const url = config.publicUrl;
  const { account } = first;
  const password = first.generatedPassword ?? '<IAMGATE_ROOT_PASSWORD>';
  const lines = [
    '',
    `iamgate gateway is running (${driver === 'postgres' ? 'Postgres' : `PGlite in ${config.dataDir}`})`,
    '',
    `  GraphQL + GraphiQL  ${url}/graphql`,
    `  Decisions (JSON)    ${url}/authorize`,
    `  JWKS                ${url}/.well-known/jwks.json`,
    `  Health              ${url}/healthz   ${url}/readyz`,
    '',
    `  Account             ${account.id}${account.alias ? ` (alias ${account.alias})` : ''}`,
    `  Root user           ${account.rootEmail}`,
  ];
  if (first.generatedPassword !== undefined) {
    lines.push(`  Root password       ${first.generatedPassword}`);
    lines.push(
      '                      (generated now and shown only this once: store it in a password manager)',
    );
  } else if (first.created) {
    lines.push('  Root password       the value of IAMGATE_ROOT_PASSWORD');
  }
  lines.push(
    '',
    'Sign in: open GraphiQL and run',
    '',
    `  mutation { signIn(input: { root: { email: "${account.rootEmail}", password: "${password}" } }) { token expiresAt } }`,
    '',
    'then add the header  {"Authorization": "Bearer <token>"}  and try  { listUsers { edges { node { userName arn } } } }',
    '',
  );
  return lines.join('\n');
}
