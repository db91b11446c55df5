import { type GatewayConfig, servesGraphiql } from '../config/gateway-config.js';
import type { FirstAccount } from './ensure-first-account.js';

/** Whether the console can be served: off (`IAMGATE_CONSOLE=false`), built, or on but not built. */
export type ConsoleState = 'off' | 'built' | 'missing';

/**
 * What `pnpm start` prints once listening: where to go and how to sign in, in the console or with a mutation to
 * paste into GraphiQL. A generated root password appears here, on first start only.
 */
export function banner(
  config: GatewayConfig,
  first: FirstAccount,
  driver: string,
  consoleState: ConsoleState = 'off',
): string {
  const url = config.publicUrl;
  const { account } = first;
  const password = first.generatedPassword ?? '<IAMGATE_ROOT_PASSWORD>';
  const graphiql = servesGraphiql(config);
  const lines = [
    '',
    `iamgate gateway is running (${driver === 'postgres' ? 'Postgres' : `PGlite in ${config.dataDir}`})`,
    '',
    ...consoleLine(url, consoleState),
    graphiql ? `  GraphQL + GraphiQL  ${url}/graphql` : `  GraphQL             ${url}/graphql`,
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
  const inConsole = `Sign in: open ${url}/console/ and sign in as the root user`;
  if (!graphiql) {
    // Without GraphiQL (off, or only trusted documents run), the CLI signs in with the SDK's own operations.
    lines.push(
      '',
      consoleState === 'built' ? `${inConsole}, or with the CLI:` : 'Sign in with the CLI:',
      '',
      `  echo '${password}' | pnpm iamgate sign-in --url ${url}/graphql --email ${account.rootEmail} --password-stdin`,
      '',
    );
    return lines.join('\n');
  }
  lines.push(
    '',
    consoleState === 'built' ? `${inConsole}, or open GraphiQL and run` : 'Sign in: open GraphiQL and run',
  );
  lines.push(
    '',
    `  mutation { signIn(input: { root: { email: "${account.rootEmail}", password: "${password}" } }) { token expiresAt } }`,
    '',
    'then add the header  {"Authorization": "Bearer <token>"}  and try  { listUsers { edges { node { userName arn } } } }',
    '',
  );
  return lines.join('\n');
}

function consoleLine(url: string, state: ConsoleState): string[] {
  if (state === 'built') return [`  Console             ${url}/console/`];
  if (state === 'missing') {
    return ['  Console             not built: run `pnpm --filter @iamgate/console build`'];
  }
  return [];
}
