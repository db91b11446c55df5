import type { PolicyDocument } from '@iamgate/policy';
import SchemaBuilder from '@pothos/core';
import { createYoga } from 'graphql-yoga';
import { beforeAll, describe, expect, it } from 'vitest';
import { useIamgate } from '../src/graphql/index.js';
import {
  createTokenVerifier,
  policyAuthorizer,
  staticPolicySource,
  type TokenVerifier,
} from '../src/index.js';
import { IAMGATE_POTHOS_PLUGIN } from '../src/pothos/index.js';
import {
  ALICE,
  AUDIENCE,
  generateTestKey,
  ISSUER,
  keySet,
  sign,
  userClaims,
} from './support/signing-keys.js';

const builder = new SchemaBuilder({ plugins: [IAMGATE_POTHOS_PLUGIN] });
builder.queryType({
  fields: (t) => ({
    order: t.string({ iamgate: { action: 'orders:GetOrder' }, resolve: () => 'order 7' }),
    refund: t.string({ iamgate: { action: 'orders:RefundOrder' }, resolve: () => 'refunded' }),
    version: t.string({ iamgate: { public: true }, resolve: () => '1' }),
  }),
});
const schema = builder.toSchema();

const readOrders: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 'orders:Get*', Resource: '*' }],
};

describe('the Pothos `iamgate` field option', () => {
  let verifier: TokenVerifier;
  let token: string;
  beforeAll(async () => {
    const key = await generateTestKey('EdDSA');
    verifier = createTokenVerifier({ jwks: keySet(key), issuer: ISSUER, audience: AUDIENCE });
    token = await sign(key, userClaims());
  });

  it('writes the option to the field extensions that useIamgate reads', () => {
    expect(schema.getQueryType()?.getFields().order?.extensions.iamgate).toEqual({
      action: 'orders:GetOrder',
    });
  });

  it('decides each field with the declared action: allowed, denied, and public', async () => {
    const yoga = createYoga({
      schema,
      logging: false,
      plugins: [
        useIamgate({
          verifier,
          authorizer: policyAuthorizer(staticPolicySource({ [ALICE]: { identity: [readOrders] } })),
          service: 'orders',
        }),
      ],
    });
    const ask = async (query: string) => {
      const response = await yoga.fetch('http://app.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
    };
    expect((await ask('{ order version }')).data).toEqual({ order: 'order 7', version: '1' });
    const refused = await ask('{ refund }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('AccessDenied');
  });
});
