import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';

// The CLI sends the SDK's operations by their trusted document ids, so it works against a gateway that runs nothing
// else (`IAMGATE_TRUSTED_DOCUMENTS=only`, issue 17).
describe('iamgate against a gateway that runs only trusted documents', () => {
  let t: CliGateway;

  beforeAll(async () => {
    t = await startCliGateway('pglite', { IAMGATE_TRUSTED_DOCUMENTS: 'only' });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('signs in, writes and reads, paginating', async () => {
    const signIn = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
      stdin: `${ROOT_PASSWORD}\n`,
    });
    expect(signIn.code).toBe(ExitCode.Ok);
    for (const name of ['ann', 'ben', 'cid']) {
      const created = await t.run(['iam', 'create-user', '--user-name', name]);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(ExitCode.Ok);
    }
    const listed = await t.run(['iam', 'list-users', '--page-size', '2', '--query', 'edges[].node.userName']);
    expect(listed.stderr).toBe('');
    expect(listed.json()).toEqual(['ann', 'ben', 'cid']);
    const me = await t.run(['sts', 'get-caller-identity']);
    expect(me.code).toBe(ExitCode.Ok);
  });
});
