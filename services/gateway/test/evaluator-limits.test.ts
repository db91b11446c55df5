import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, ok } from './support/graphql-client.js';
import { startTestGateway, type TestGateway, userWithPolicy } from './support/test-gateway.js';

const AUTHORIZE =
  'query($a: String!, $r: String!, $c: [ContextEntryInput!]) { authorize(action: $a, resource: $r, context: $c) { decision } }';
const BATCH = 'query($q: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $q) { decision } }';

/**
 * What an app hands the evaluator is bounded before anything is matched (review finding 5): a wildcard pattern costs
 * up to the matched text's length times its own for every pattern, so each context value (256 characters, a tag
 * value's limit), each resource ARN (2,048) and action (128, `API_SimulatePrincipalPolicy.html`) is capped, and so is
 * the matched text of a whole request (8,192 characters). Even a caller with no permissions may ask about itself.
 */
describe.each(testDrivers())('evaluator input limits on %s', (driver) => {
  let t: TestGateway;
  let nobody: string;

  beforeAll(async () => {
    t = await startTestGateway(driver);
    nobody = await userWithPolicy(t, await t.rootToken(), 'nobody', null);
  });
  afterAll(async () => t?.cleanup());

  const ask = (action: string, resource: string, context: unknown[] = []) =>
    t.gql(AUTHORIZE, { a: action, r: resource, c: context }, { token: nobody });

  it('answers within the limits', async () => {
    const context = [{ key: 'app:note', values: ['x'.repeat(256)] }];
    expect(ok(await ask('app:Read', `arn:app:::${'r'.repeat(2000)}`, context))).toBeDefined();
  });

  it('refuses a context value, a resource or an action over its length with ValidationError', async () => {
    expect(codeOf(await ask('app:Read', '*', [{ key: 'app:note', values: ['x'.repeat(257)] }]))).toBe(
      'ValidationError',
    );
    expect(codeOf(await ask('app:Read', `arn:app:::${'r'.repeat(2048)}`))).toBe('ValidationError');
    expect(codeOf(await ask(`app:${'R'.repeat(128)}`, '*'))).toBe('ValidationError');
  });

  it('refuses more than 8,192 characters of context values and resources in one request, batches included', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ key: `app:k${i}`, values: ['v'.repeat(250)] }));
    expect(codeOf(await ask('app:Read', '*', many))).toBe('ValidationError');
    const requests = Array.from({ length: 5 }, () => ({
      action: 'app:Read',
      resource: `arn:app:::${'r'.repeat(1900)}`,
    }));
    expect(codeOf(await t.gql(BATCH, { q: requests }, { token: nobody }))).toBe('ValidationError');
  });
});
