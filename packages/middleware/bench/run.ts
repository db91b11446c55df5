/**
 * Decisions per second of the full middleware path (bearer parsing, JWT verification against a local key set, request
 * context, route mapping, evaluation with a realistic policy set) next to bare `jose` verification of the same token.
 * The added cost of everything but verification should stay under a quarter of the verification cost.
 *
 * Run: pnpm --filter @iamgate/middleware bench
 */
import { evaluate } from '@iamgate/policy';
import { createLocalJWKSet, jwtVerify } from 'jose';
import {
  createGate,
  createTokenVerifier,
  type GateOptions,
  policyAuthorizer,
  type RequestFacts,
  staticPolicySource,
} from '../src/index.js';
import { ACCOUNT, ALICE, AUDIENCE, ISSUER, policies, sessionToken, signingKey } from './fixtures.js';

const SECONDS = 6;

/**
 * Mean time per call of each operation, measured alternately call by call (a, b, c, a, b, c, ...) so that load from
 * other processes on the machine hits all of them alike.
 */
async function alternating(ops: Array<() => Promise<unknown> | unknown>): Promise<number[]> {
  for (const op of ops) for (let i = 0; i < 2000; i++) await op();
  const totals = ops.map(() => 0);
  let calls = 0;
  const end = performance.now() + SECONDS * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < ops.length; i++) {
      const start = performance.now();
      await (ops[i] as () => unknown)();
      totals[i] = (totals[i] as number) + performance.now() - start;
    }
    calls++;
  }
  return totals.map((t) => (t * 1000) / calls);
}

async function scenario(alg: 'EdDSA' | 'ES256') {
  const { key, kid, jwks } = await signingKey(alg);
  const token = await sessionToken(alg, key, kid);
  const keySet = createLocalJWKSet(jwks);
  const verifyOptions = { issuer: ISSUER, audience: AUDIENCE, algorithms: ['EdDSA', 'ES256'] };
  const policySet = policies();
  const gateOptions: GateOptions = {
    verifier: createTokenVerifier({ jwks, issuer: ISSUER, audience: AUDIENCE }),
    authorizer: policyAuthorizer(staticPolicySource({ [ALICE]: policySet })),
    routes: {
      'GET /healthz': 'public',
      'GET /orders': { action: 'orders:ListOrders', resource: `arn:iamgate:orders::${ACCOUNT}:order/*` },
      'GET /orders/:id': {
        action: 'orders:GetOrder',
        resource: (req) => `arn:iamgate:orders::${req.principal.account}:order/${req.params.id}`,
      },
      'POST /orders/:id/cancel': {
        action: 'orders:CancelOrder',
        resource: (req) => `order/${req.params.id}`,
      },
      'DELETE /orders/:id': { action: 'orders:DeleteOrder', resource: (req) => `order/${req.params.id}` },
    },
    trustProxy: ['10.0.0.0/8'],
  };
  const gate = createGate(gateOptions);
  const headers: Record<string, string> = {
    authorization: `Bearer ${token}`,
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-proto': 'https',
  };
  const facts: RequestFacts = {
    method: 'GET',
    url: '/orders/o-1042?expand=items',
    header: (name) => headers[name],
    remoteAddress: '10.1.0.5',
    secure: false,
  };
  const first = await gate.authorizeRequest(facts);
  if (first.status !== 'allowed')
    throw new Error(`the benchmark request must be allowed, got ${JSON.stringify(first)}`);
  const evaluation = {
    principal: ALICE,
    action: first.action,
    resource: first.resource,
    context: first.context,
    policies: policySet,
  };

  // The same path with verification taken out: a verifier that returns the principal verified above.
  const verified = await createTokenVerifier({ jwks, issuer: ISSUER, audience: AUDIENCE }).verify(token);
  const unverified = createGate({ ...gateOptions, verifier: { verify: async () => verified } });
  const [bare = 0, full = 0, rest = 0, evalOnly = 0] = await alternating([
    () => jwtVerify(token, keySet, verifyOptions),
    () => gate.authorizeRequest(facts),
    () => unverified.authorizeRequest(facts),
    () => evaluate(evaluation),
  ]);
  return { bare, full, rest, evalOnly };
}

const cell = (micros: number) =>
  `${(micros).toFixed(1)} µs (${Math.round(1e6 / micros).toLocaleString('en-US')}/s)`.padEnd(24);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(6) : c.padEnd(24))).join(' | ');

console.log(
  `@iamgate/middleware bench: node ${process.version}, ${SECONDS} s per algorithm, calls alternated, means`,
);
console.log('');
console.log(
  row([
    'alg',
    'bare jose jwtVerify',
    'full middleware path',
    'middleware w/o verify',
    'evaluate() alone',
    'added vs verify',
  ]),
);
console.log(row(['------', ...Array<string>(5).fill('-'.repeat(24))]));
let worst = 0;
for (const alg of ['EdDSA', 'ES256'] as const) {
  const { bare, full, rest, evalOnly } = await scenario(alg);
  const added = rest / bare;
  worst = Math.max(worst, added);
  console.log(
    row([
      alg,
      cell(bare),
      cell(full),
      cell(rest),
      cell(evalOnly),
      `${pct(added)} (full/bare - 1: ${pct(full / bare - 1)})`,
    ]),
  );
}
console.log('');
console.log(
  'full middleware path: bearer parsing, JWT verification (local JWKS), claims, route, request context,',
);
console.log(
  '  evaluation of 10 policies (42 statements) and a boundary, result. "w/o verify": the same with a verifier',
);
console.log(
  '  that returns an already verified principal, i.e. everything the middleware adds to verification.',
);
console.log(`added cost beyond verification: ${pct(worst)} of verification (target < 25%)`);
if (worst >= 0.25) process.exitCode = 1;
