/**
 * Apps as services (issue 14): an app registers its service definition (actions, resource types, condition keys,
 * in the shape of AWS's service reference, `service-authorization/latest/reference/service-reference.html`), and
 * every policy written afterwards is checked against it, as IAM Access Analyzer's policy checks do for AWS's
 * services (`IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html`): the write succeeds and the
 * warnings come back in `extensions.policyFindings`. The gateway's own `iam` and `sts` are known the same way.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { allow } from './support/policies.js';
import { userWithPolicy } from './support/test-gateway.js';
import { startTwoAccounts, type TwoAccounts } from './support/two-accounts.js';

const DEFINITION = resolve(
  import.meta.dirname,
  '../../../examples/orders-service/services/orders.service.json',
);
const CREATE =
  'mutation($d: String!) { createServiceDefinition(document: $d) { serviceName versionId isDefaultVersion } }';
const CREATE_POLICY =
  'mutation($n: String!, $d: String!) { createPolicy(input: { policyName: $n, policyDocument: $d }) { arn } }';
const VALIDATE =
  'query($d: String!, $k: PolicyKind!) { validatePolicy(policyDocument: $d, policyType: $k) { code severity path message documentationUrl } }';

type Findings = { path: (string | number)[]; findings: { code: string; path: string; message: string }[] }[];

const policy = (...statements: object[]) => JSON.stringify({ Version: '2012-10-17', Statement: statements });

describe.each(testDrivers())('service definitions and policy checks on %s', (driver) => {
  let env: TwoAccounts;
  let definition: string;
  const order = () => `arn:iamgate:orders::${env.a.id}:order/*`;

  beforeAll(async () => {
    env = await startTwoAccounts(driver);
    definition = await readFile(DEFINITION, 'utf8');
  });
  afterAll(async () => env?.cleanup());

  const gql = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    env.t.gql<T>(query, variables, { token });

  it("registers an app's definition from its file, and checks policies written afterwards against it", async () => {
    expect(ok(await gql(CREATE, { d: definition }, env.a.admin))).toEqual({
      createServiceDefinition: { serviceName: 'orders', versionId: 'v1', isDefaultVersion: true },
    });
    expect(codeOf(await gql(CREATE, { d: definition }, env.a.admin))).toBe('EntityAlreadyExists');
    const written = await gql(
      CREATE_POLICY,
      {
        n: 'clerks',
        d: policy(
          { Effect: 'Allow', Action: 'orders:GetOrdr', Resource: order() },
          {
            Effect: 'Allow',
            Action: 'orders:CancelOrder',
            Resource: `arn:iamgate:orders::${env.a.id}:invoice/*`,
          },
          { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' },
        ),
      },
      env.a.admin,
    );
    // The write succeeds; the findings say what it will not do as meant.
    expect(written.errors).toBeUndefined();
    const entries = written.extensions?.policyFindings as Findings;
    expect(entries).toHaveLength(1);
    expect(entries[0]?.path).toEqual(['createPolicy']);
    expect(entries[0]?.findings.map((f) => [f.code, f.path])).toEqual([
      ['PASS_ROLE_ALL_RESOURCES', '/Statement/2/Resource'],
      ['UNKNOWN_ACTION', '/Statement/0/Action'],
      ['ACTION_RESOURCE_MISMATCH', '/Statement/1/Resource'],
    ]);
    expect(entries[0]?.findings[1]?.message).toContain('did you mean `orders:GetOrder`?');
    // A policy without problems answers without findings.
    const clean = await gql(
      CREATE_POLICY,
      { n: 'readers', d: policy({ Effect: 'Allow', Action: 'orders:Get*', Resource: order() }) },
      env.a.admin,
    );
    expect(clean.errors).toBeUndefined();
    expect(clean.extensions?.policyFindings).toBeUndefined();
  });

  // `access-analyzer:ValidatePolicy` is not among the fixture administrators' `iam:*`, `sts:*`, `iamgate:*`; root asks.
  it("knows the gateway's own services, condition key types and variables, with each finding's documentation", async () => {
    type Validated = {
      validatePolicy: { code: string; severity: string; path: string; documentationUrl: string }[];
    };
    const findings = ok(
      await gql<Validated>(
        VALIDATE,
        {
          k: 'identity',
          d: policy({
            Effect: 'Allow',
            Action: ['iam:CreateUsr', 'orders:CancelOrder'],
            Resource: `arn:iamgate:orders::${env.a.id}:order/\${aws:usrname}`,
            Condition: {
              StringEquals: { 'orders:Amount': '10' },
              Bool: { 'aws:MultiFactorAuthPresent': 'true' },
            },
          }),
        },
        env.a.root,
      ),
    ).validatePolicy;
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['UNKNOWN_ACTION', 'WARNING', '/Statement/0/Action/0'],
      ['CONDITION_TYPE_MISMATCH', 'WARNING', '/Statement/0/Condition/StringEquals/orders:Amount'],
      ['UNKNOWN_VARIABLE', 'WARNING', '/Statement/0/Resource'],
    ]);
    expect(findings.every((f) => f.documentationUrl.startsWith('https://docs.aws.amazon.com/'))).toBe(true);
    // A malformed document is findings too, nothing thrown.
    const broken = ok(await gql<Validated>(VALIDATE, { k: 'identity', d: '{"Statement": 3' }, env.a.root));
    expect(broken.validatePolicy.map((f) => f.code)).toEqual(['INVALID_JSON']);
  });

  it('keeps versions like managed policies, and refuses malformed or reserved definitions', async () => {
    const v2 = JSON.parse(definition);
    v2.Actions.push({ Name: 'RefundOrder', AccessLevel: 'Write', Resources: [{ Name: 'order' }] });
    const VERSION =
      'mutation($d: String!) { createServiceDefinitionVersion(serviceName: "orders", document: $d, setAsDefault: true) { versionId isDefaultVersion } }';
    expect(ok(await gql(VERSION, { d: JSON.stringify(v2) }, env.a.admin))).toEqual({
      createServiceDefinitionVersion: { versionId: 'v2', isDefaultVersion: true },
    });
    type Validated = { validatePolicy: { code: string }[] };
    const refund = policy({ Effect: 'Allow', Action: 'orders:RefundOrder', Resource: order() });
    expect(
      ok(await gql<Validated>(VALIDATE, { k: 'identity', d: refund }, env.a.root)).validatePolicy,
    ).toEqual([]);
    ok(
      await gql(
        'mutation { setDefaultServiceDefinitionVersion(serviceName: "orders", versionId: "v1") }',
        {},
        env.a.admin,
      ),
    );
    expect(
      ok(await gql<Validated>(VALIDATE, { k: 'identity', d: refund }, env.a.root)).validatePolicy.map(
        (f) => f.code,
      ),
    ).toEqual(['UNKNOWN_ACTION']);
    expect(
      codeOf(
        await gql(
          'mutation { deleteServiceDefinitionVersion(serviceName: "orders", versionId: "v1") }',
          {},
          env.a.admin,
        ),
      ),
    ).toBe('DeleteConflict');
    type Versions = { listServiceDefinitionVersions: { versionId: string; isDefaultVersion: boolean }[] };
    expect(
      ok(
        await gql<Versions>(
          '{ listServiceDefinitionVersions(serviceName: "orders") { versionId isDefaultVersion } }',
          {},
          env.a.admin,
        ),
      ).listServiceDefinitionVersions,
    ).toEqual([
      { versionId: 'v2', isDefaultVersion: false },
      { versionId: 'v1', isDefaultVersion: true },
    ]);
    // Malformed: InvalidInput with the findings' pointers; a gateway service cannot be redefined; not JSON.
    const malformed = await gql(
      CREATE,
      { d: JSON.stringify({ Name: 'billing', Actions: [{ Name: 'Pay' }] }) },
      env.a.admin,
    );
    expect(codeOf(malformed)).toBe('InvalidInput');
    const findings = (malformed.errors?.[0]?.extensions?.findings ?? []) as { path: string }[];
    expect(findings.map((f) => f.path)).toEqual(['/Actions/0/AccessLevel']);
    const iam = await gql(
      CREATE,
      { d: JSON.stringify({ Name: 'iam', Actions: [{ Name: 'X', AccessLevel: 'Read' }] }) },
      env.a.admin,
    );
    expect(codeOf(iam)).toBe('InvalidInput');
    expect(codeOf(await gql(CREATE, { d: '{"Name":' }, env.a.admin))).toBe('InvalidInput');
  });

  it("keeps an account's definitions to itself and to those allowed", async () => {
    type Validated = { validatePolicy: { code: string; severity: string }[] };
    // B has not registered `orders`: its checks cannot know A's service.
    const seen = ok(
      await gql<Validated>(
        VALIDATE,
        { k: 'identity', d: policy({ Effect: 'Allow', Action: 'orders:GetOrdr', Resource: '*' }) },
        env.b.root,
      ),
    ).validatePolicy;
    expect(seen.map((f) => [f.code, f.severity])).toEqual([['UNKNOWN_SERVICE', 'SUGGESTION']]);
    expect(
      codeOf(await gql('{ getServiceDefinition(serviceName: "orders") { versionId } }', {}, env.b.admin)),
    ).toBe('NoSuchEntity');
    type Listed = { listServiceDefinitions: { edges: { node: { serviceName: string } }[] } };
    expect(
      ok(await gql<Listed>('{ listServiceDefinitions { edges { node { serviceName } } } }', {}, env.b.admin))
        .listServiceDefinitions.edges,
    ).toEqual([]);
    // Without permissions, nothing: not reading, not registering, not validating.
    const nobody = await userWithPolicy(env.t, env.a.root, 'nobody', allow('iam:GetUser'));
    expect(
      codeOf(await gql('{ getServiceDefinition(serviceName: "orders") { versionId } }', {}, nobody)),
    ).toBe('AccessDenied');
    expect(codeOf(await gql(CREATE, { d: definition.replace('"orders"', '"parcels"') }, nobody))).toBe(
      'AccessDenied',
    );
    expect(codeOf(await gql(VALIDATE, { k: 'identity', d: policy() }, nobody))).toBe('AccessDenied');
  });
});
