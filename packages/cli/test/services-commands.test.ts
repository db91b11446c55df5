/**
 * Service definitions from the command line (issue 14): `iamgate services push` registers an app's definition from
 * its repository, a second push stores a new default version, and `iamgate policy validate` checks a policy against
 * the definitions, from local files (`--services`) or at the connected gateway (`--remote`), as IAM Access
 * Analyzer's `validate-policy` does (`access-analyzer/latest/APIReference/API_ValidatePolicy.html`).
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';
import { tableRows } from './table-rows.js';

const DEFINITION = resolve(
  import.meta.dirname,
  '../../../examples/orders-service/services/orders.service.json',
);

describe.each(testDrivers())(
  'iamgate services and policy validate against a real gateway on %s',
  (driver) => {
    let t: CliGateway;
    let misspelled: string;

    beforeAll(async () => {
      t = await startCliGateway(driver);
      const dir = await mkdtemp(join(tmpdir(), 'iamgate-services-'));
      misspelled = join(dir, 'clerk.json');
      await writeFile(
        misspelled,
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: 'orders:GetOrdr', Resource: '*' }],
        }),
      );
      const signIn = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
        stdin: `${ROOT_PASSWORD}\n`,
      });
      expect(signIn.code).toBe(ExitCode.Ok);
    });
    afterAll(async () => t?.cleanup());

    it('pushes a definition, then a new default version of it', async () => {
      const first = await t.run(['services', 'push', DEFINITION]);
      expect(first.stderr).toBe('');
      expect(first.json()).toEqual([
        { file: DEFINITION, serviceName: 'orders', versionId: 'v1', created: true },
      ]);
      const second = await t.run(['services', 'push', DEFINITION, '--output', 'table']);
      expect(second.code).toBe(ExitCode.Ok);
      expect(tableRows(second.stdout)[1]).toEqual([DEFINITION, 'orders', 'v2', 'false']);
      // Pushing again and again keeps at most five versions: the oldest non-default one makes room.
      for (let i = 0; i < 5; i++)
        expect((await t.run(['services', 'push', DEFINITION])).code).toBe(ExitCode.Ok);
      const versions = await t.run(['iam', 'list-service-definition-versions', '--service-name', 'orders']);
      expect(versions.json().map((v: { versionId: string }) => v.versionId)).toEqual([
        'v7',
        'v6',
        'v5',
        'v4',
        'v3',
      ]);
    });

    it('validates a policy against the definitions, locally or at the gateway', async () => {
      const local = await t.run(['policy', 'validate', '--services', DEFINITION, misspelled]);
      expect(local.code).toBe(ExitCode.Ok);
      const [result] = local.json();
      expect(result.findings.map((f: { code: string }) => f.code)).toEqual(['UNKNOWN_ACTION']);
      expect(result.findings[0].message).toContain('orders:GetOrder');
      const remote = await t.run(['policy', 'validate', '--remote', '--url', t.url, misspelled]);
      expect(remote.stderr).toBe('');
      expect(remote.json()[0].findings.map((f: { code: string }) => f.code)).toEqual(['UNKNOWN_ACTION']);
      // Without definitions only the grammar and the security checks run.
      const plain = await t.run(['policy', 'validate', misspelled]);
      expect(plain.json()[0].findings).toEqual([]);
    });

    it('refuses what is not a definition before sending anything', async () => {
      const before = t.requests();
      const dir = await mkdtemp(join(tmpdir(), 'iamgate-services-'));
      const bad = join(dir, 'bad.json');
      await writeFile(bad, '{"Actions": []}');
      expect((await t.run(['services', 'push', bad])).code).toBe(ExitCode.Usage);
      expect((await t.run(['services', 'push'])).code).toBe(ExitCode.Usage);
      expect((await t.run(['policy', 'validate', '--services', bad, misspelled])).code).toBe(ExitCode.Usage);
      expect(t.requests()).toBe(before);
      expect(JSON.parse(await readFile(DEFINITION, 'utf8')).Name).toBe('orders');
    });
  },
);
