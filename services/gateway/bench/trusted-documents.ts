/**
 * `pnpm --filter @iamgate/gateway bench` (trusted documents): what a request costs on the server when its document
 * comes as text (as any GraphQL client sends it) or as its trusted document id (as the SDK does), under
 * `IAMGATE_TRUSTED_DOCUMENTS=allow` and `only`, for three SDK operations of growing size: `getUser`, `listUsers` and
 * `getAccountAuthorizationDetails` (the largest document), and a crafted document that no cache has seen, which
 * `only` refuses unparsed. Root's requests go through `gateway.fetch` one after
 * another, timed in blocks with the ways taking turns block by block; the median block is reported with the bytes of
 * the request body. BENCH_BLOCKS (default 20) and BENCH_BLOCK_REQUESTS (default 200) tune it.
 */
import { readFileSync } from 'node:fs';
import { createTestStore } from '@iamgate/store/testing';
import { loadConfig } from '../src/config/load-config.js';
import { createGateway } from '../src/gateway.js';
import { call } from './call-graphql.js';
import { median } from './median.js';

const blocks = Number(process.env.BENCH_BLOCKS ?? 20);
const perBlock = Number(process.env.BENCH_BLOCK_REQUESTS ?? 200);
const ROOT_PASSWORD = 'Bench-passw0rd-1';

const manifest = JSON.parse(
  readFileSync(new URL('../../../schema/trusted-documents.json', import.meta.url), 'utf8'),
) as Record<string, string>;

function trusted(operationName: string): { id: string; text: string } {
  for (const [id, text] of Object.entries(manifest)) {
    if (text.startsWith(`query ${operationName}(`) || text.startsWith(`query ${operationName} `)) {
      return { id, text };
    }
  }
  throw new Error(`no trusted document ${operationName}`);
}

const OPERATIONS = [
  { name: 'getUser', document: trusted('GetUser'), variables: { userName: 'alice' } },
  { name: 'listUsers', document: trusted('ListUsers'), variables: { first: 10 } },
  {
    name: 'getAccountAuthorizationDetails',
    document: trusted('GetAccountAuthorizationDetails'),
    variables: { first: 10 },
  },
] as const;

const test = await createTestStore({ driver: 'pglite' });
try {
  const account = await test.store.accounts.create({
    rootEmail: 'bench@example.com',
    rootPassword: ROOT_PASSWORD,
  });
  const allow = await createGateway(loadConfig({ IAMGATE_LOG_LEVEL: 'warn' }), { store: test.store });
  const only = await createGateway(
    loadConfig({ IAMGATE_LOG_LEVEL: 'warn', IAMGATE_TRUSTED_DOCUMENTS: 'only' }),
    {
      store: test.store,
    },
  );
  const signedIn = (await call(
    allow,
    JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { token } }',
      variables: { i: { root: { email: account.rootEmail, password: ROOT_PASSWORD } } },
    }),
  )) as { signIn: { token: string } };
  const token = signedIn.signIn.token;
  await call(
    allow,
    JSON.stringify({ query: 'mutation { createUser(input: { userName: "alice" }) { arn } }' }),
    token,
  );

  const ways = OPERATIONS.flatMap((operation) => {
    const byText = JSON.stringify({ query: operation.document.text, variables: operation.variables });
    const byId = JSON.stringify({ documentId: operation.document.id, variables: operation.variables });
    return [
      { operation: operation.name, way: 'text, allow', gateway: allow, body: byText },
      { operation: operation.name, way: 'id, allow', gateway: allow, body: byId },
      { operation: operation.name, way: 'id, only', gateway: only, body: byId },
      { operation: operation.name, way: 'text, only', gateway: only, body: byText },
    ];
  });
  // A crafted document no cache has seen (a new operation name each time, 14 aliased fields): `allow` counts its
  // tokens, parses, validates and runs it; `only` refuses it by a set lookup.
  let crafted = 0;
  const fields = Array.from({ length: 14 }, (_, i) => `f${i}: getCallerIdentity { arn account userId }`);
  const craftedBody = () => JSON.stringify({ query: `query Crafted${crafted++} { ${fields.join(' ')} }` });
  const timed = [
    ...ways.map((way) => ({ ...way, body: () => way.body, refused: false })),
    { operation: 'crafted document', way: 'text, allow', gateway: allow, body: craftedBody, refused: false },
    { operation: 'crafted document', way: 'text, only', gateway: only, body: craftedBody, refused: true },
  ];
  const send = async (way: (typeof timed)[number]) => {
    if (!way.refused) return call(way.gateway, way.body(), token);
    const response = await way.gateway.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: way.body(),
      }),
    );
    const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (result.errors?.[0]?.extensions?.code !== 'UntrustedDocument') throw new Error(JSON.stringify(result));
    return undefined;
  };
  const samples = timed.map(() => [] as number[]);
  for (const way of timed) for (let i = 0; i < 50; i++) await send(way);
  for (let block = 0; block < blocks; block++) {
    for (const [index, way] of timed.entries()) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < perBlock; i++) await send(way);
      samples[index]?.push(Number(process.hrtime.bigint() - start) / 1000 / perBlock);
    }
  }
  console.log(`\ntrusted documents (PGlite, root, ${blocks} blocks of ${perBlock} requests, median block)\n`);
  console.log('| operation | sent as | body bytes | µs per request |');
  console.log('| --- | --- | ---: | ---: |');
  for (const [index, way] of timed.entries()) {
    const micros = median(samples[index] ?? []);
    const bytes = Buffer.byteLength(way.body());
    console.log(`| ${way.operation} | ${way.way} | ${bytes} | ${micros.toFixed(0)} |`);
  }
  await allow.close();
  await only.close();
} finally {
  await test.cleanup();
}
