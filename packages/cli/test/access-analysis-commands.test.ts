import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';

const allow = (actions: string[], resource = '*') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }],
  });

/**
 * The access analysis operations as commands generated like every other: `iamgate iam generate-policy` (Access
 * Analyzer's policy generation) and `iamgate iam preview-policy-change`, run before `create-policy-version` as the
 * CLI README shows, against a real gateway.
 */
describe.each(testDrivers())(
  'iamgate iam access analysis commands against a real gateway on %s',
  (driver) => {
    let t: CliGateway;
    let dir: string;
    let policyArn: string;
    let devArn: string;

    beforeAll(async () => {
      t = await startCliGateway(driver);
      dir = await mkdtemp(join(tmpdir(), 'iamgate-cli-analysis-'));
      const signIn = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
        stdin: `${ROOT_PASSWORD}\n`,
      });
      expect(signIn.code).toBe(ExitCode.Ok);
      devArn = (await t.run(['iam', 'create-user', '--user-name', 'dev'])).json().arn;
      await writeFile(join(dir, 'dev-tools.json'), allow(['iam:CreateUser', 'iam:DeleteUser']));
      const created = await t.run([
        'iam',
        'create-policy',
        '--policy-name',
        'dev-tools',
        '--policy-document',
        `file://${join(dir, 'dev-tools.json')}`,
      ]);
      policyArn = created.json().arn;
      expect(
        (await t.run(['iam', 'attach-user-policy', '--user-name', 'dev', '--policy-arn', policyArn])).code,
      ).toBe(ExitCode.Ok);
      // What dev did in the last hour, as the gateway audits it.
      const at = new Date(Date.now() - 3_600_000);
      for (const [action, name] of [
        ['iam:CreateUser', 'eng/a'],
        ['iam:CreateUser', 'eng/b'],
        ['iam:DeleteUser', 'eng/a'],
      ] as const) {
        await t.store.audit.record({
          accountId: t.account.id,
          principalArn: devArn,
          action,
          resource: `arn:iamgate:iam::${t.account.id}:user/${name}`,
          decision: 'Allow',
          occurredAt: at,
        });
      }
    });
    afterAll(async () => {
      await t?.cleanup();
      await rm(dir, { recursive: true, force: true });
    });

    it('generates a least-privilege policy from what the user did', async () => {
      const run = await t.run(['iam', 'generate-policy', '--principal-arn', devArn]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(ExitCode.Ok);
      expect(run.json()).toMatchObject({
        principalArn: devArn,
        eventCount: 3,
        actionCount: 2,
        truncated: false,
      });
      expect(JSON.parse(run.json().policyDocument).Statement).toEqual([
        {
          Sid: 'Iam1',
          Effect: 'Allow',
          Action: ['iam:CreateUser'],
          Resource: [`arn:iamgate:iam::${t.account.id}:user/eng/*`],
        },
        {
          Sid: 'Iam2',
          Effect: 'Allow',
          Action: ['iam:DeleteUser'],
          Resource: [`arn:iamgate:iam::${t.account.id}:user/eng/a`],
        },
      ]);
    });

    it('previews a narrowing change before create-policy-version', async () => {
      const narrow = join(dir, 'narrow.json');
      await writeFile(narrow, allow(['iam:CreateUser']));
      const run = await t.run([
        'iam',
        'preview-policy-change',
        '--target',
        JSON.stringify({ policyArn }),
        '--new-document',
        `file://${narrow}`,
        '--days',
        '7',
      ]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(ExitCode.Ok);
      expect(run.json()).toMatchObject({
        targetArn: policyArn,
        days: 7,
        principalCount: 1,
        eventsReplayed: 3,
        allowToDeny: 1,
        denyToAllow: 0,
        byAction: [{ action: 'iam:DeleteUser', allowToDeny: 1, denyToAllow: 0 }],
      });
      const version = await t.run([
        'iam',
        'create-policy-version',
        '--policy-arn',
        policyArn,
        '--policy-document',
        `file://${narrow}`,
        '--set-as-default',
      ]);
      expect(version.code).toBe(ExitCode.Ok);
      const after = await t.run([
        'iam',
        'preview-policy-change',
        '--target',
        JSON.stringify({ policyArn }),
        '--new-document',
        `file://${narrow}`,
      ]);
      expect(after.json()).toMatchObject({ allowToDeny: 0, denyToAllow: 0 });
    });

    it('refuses a bad period as a service error, and a malformed target before sending anything', async () => {
      const days = await t.run([
        'iam',
        'preview-policy-change',
        '--target',
        JSON.stringify({ policyArn }),
        '--new-document',
        allow(['iam:GetUser']),
        '--days',
        '400',
      ]);
      expect(days.code).toBe(ExitCode.ServiceError);
      expect(days.stderr).toMatch(/^iamgate: InvalidInput: /);
      const sent = t.requests();
      const target = await t.run([
        'iam',
        'preview-policy-change',
        '--target',
        'not json',
        '--new-document',
        '{}',
      ]);
      expect(target.code).toBe(ExitCode.Usage);
      expect(t.requests()).toBe(sent);
    });
  },
);
