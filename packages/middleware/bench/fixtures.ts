/**
 * The benchmark's world: an orders service, a user with a realistic policy set (10 managed policies of several
 * services, conditions on tags, addresses, MFA and time, a policy variable, an explicit deny) and a permissions
 * boundary, and one session token per signing algorithm.
 */
import { randomUUID } from 'node:crypto';
import type { PolicyDocument, RequestPolicies, StatementDocument } from '@iamgate/policy';
import { type CryptoKey, exportJWK, generateKeyPair, type JSONWebKeySet, SignJWT } from 'jose';

export const ISSUER = 'https://iam.bench.iamgate.dev';
export const AUDIENCE = 'orders-service';
export const ACCOUNT = '123456789012';
export const ALICE = `arn:iamgate:iam::${ACCOUNT}:user/engineering/alice`;

const SERVICES = ['orders', 'inventory', 'billing', 'shipping', 'catalog', 'reviews', 'returns', 'loyalty'];
const CONDITIONS: NonNullable<StatementDocument['Condition']>[] = [
  { StringEquals: { 'aws:PrincipalTag/team': 'fulfilment' } },
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
  { Bool: { 'aws:SecureTransport': 'true' } },
  { DateLessThan: { 'aws:CurrentTime': '2035-01-01T00:00:00Z' }, StringLike: { 'aws:userid': 'AIDA*' } },
];

function statement(service: string, n: number): StatementDocument {
  return {
    Sid: `S${service}${n}`,
    Effect: n % 9 === 8 ? 'Deny' : 'Allow',
    Action: [`${service}:Get*`, `${service}:List*`, `${service}:Update${n}*`],
    Resource: [
      `arn:iamgate:${service}::${ACCOUNT}:item-${n}/*`,
      `arn:iamgate:${service}::${ACCOUNT}:user/\${aws:username}/*`,
    ],
    Condition: CONDITIONS[n % CONDITIONS.length] as StatementDocument['Condition'],
  };
}

/** 10 managed policies of 4 statements over 8 services, plus the statement that allows the benchmark's route. */
export function policies(): RequestPolicies {
  // The statements that decide the benchmark's route, placed in the first policy among the others.
  const route: StatementDocument[] = [
    {
      Sid: 'ReadTeamOrders',
      Effect: 'Allow',
      Action: ['orders:GetOrder', 'orders:ListOrders'],
      Resource: `arn:iamgate:orders::${ACCOUNT}:order/*`,
      Condition: {
        StringEquals: { 'aws:PrincipalTag/team': 'fulfilment' },
        Bool: { 'aws:SecureTransport': 'true' },
      },
    },
    { Sid: 'NeverDelete', Effect: 'Deny', Action: 'orders:DeleteOrder', Resource: '*' },
  ];
  const identity: PolicyDocument[] = [];
  for (let p = 0; p < 10; p++) {
    const statements: StatementDocument[] = p === 0 ? [...route] : [];
    for (let s = 0; s < 4; s++)
      statements.push(statement(SERVICES[(p + s) % SERVICES.length] as string, p * 4 + s));
    identity.push({ Version: '2012-10-17', Id: `policy-${p}`, Statement: statements });
  }
  const boundary: PolicyDocument = {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Cap', Effect: 'Allow', Action: SERVICES.map((s) => `${s}:*`), Resource: '*' }],
  };
  return { identity, permissionsBoundary: boundary };
}

/** A signing key and the key set that publishes it. */
export async function signingKey(
  alg: 'EdDSA' | 'ES256',
): Promise<{ key: CryptoKey; kid: string; jwks: JSONWebKeySet }> {
  const { publicKey, privateKey } =
    alg === 'EdDSA' ? await generateKeyPair('EdDSA', { crv: 'Ed25519' }) : await generateKeyPair('ES256');
  const kid = randomUUID();
  // Two other published keys, as during a rotation, so that key selection is not trivially one entry.
  const others = await Promise.all([generateKeyPair('EdDSA', { crv: 'Ed25519' }), generateKeyPair('ES256')]);
  const published = [publicKey, others[0].publicKey, others[1].publicKey];
  const keys = await Promise.all(
    published.map(async (k, i) => ({
      ...(await exportJWK(k)),
      kid: i === 0 ? kid : randomUUID(),
      use: 'sig',
    })),
  );
  return { key: privateKey, kid, jwks: { keys } };
}

/** A session token of the gateway's shape (`SessionClaims` of `@iamgate/policy/contracts`). */
export async function sessionToken(alg: 'EdDSA' | 'ES256', key: CryptoKey, kid: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    sid: randomUUID(),
    arn: ALICE,
    acct: ACCOUNT,
    ptyp: 'user',
    name: 'alice',
    tags: { team: 'fulfilment', costCenter: '4711' },
  })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject('AIDAALICE0000000000')
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + 3600)
    .setJti(randomUUID())
    .sign(key);
}
