/**
 * `iamgate sign-up` and `iamgate organizations ...` against a real gateway (issue 12): a person signs up without a
 * session, the operator's root makes an organization and invites the new account, whose root accepts from its own
 * profile.
 */
import { testDrivers } from '@iamgate/store/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode } from '../src/exit-codes.js';
import { type CliGateway, ROOT_EMAIL, ROOT_PASSWORD, startCliGateway } from './support/cli-gateway.js';

const PASSWORD = 'Signed-up-cli-passw0rd';

describe.each(testDrivers())('iamgate sign-up and organizations on %s', (driver) => {
  let t: CliGateway;
  let member = '';

  beforeAll(async () => {
    t = await startCliGateway(driver, { IAMGATE_SIGN_UP: 'open' });
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('signs up without a session, and refuses a weak password with the gateway code', async () => {
    const weak = await t.run([
      'sign-up',
      '--url',
      t.url,
      '--email',
      'weak@example.com',
      '--password',
      'short',
    ]);
    expect(weak.code).toBe(ExitCode.ServiceError);
    expect(weak.stderr).toMatch(/^iamgate: PasswordPolicyViolation: /);
    const made = await t.run([
      'sign-up',
      '--url',
      t.url,
      '--email',
      'member@example.com',
      '--password',
      PASSWORD,
    ]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(ExitCode.Ok);
    member = made.json().accountId;
    expect(member).toMatch(/^\d{12}$/);
    const signedIn = await t.run(
      ['sign-in', '--profile', 'member', '--url', t.url, '--email', 'member@example.com', '--password-stdin'],
      { stdin: `${PASSWORD}\n` },
    );
    expect(signedIn.code).toBe(ExitCode.Ok);
    expect(signedIn.json()).toMatchObject({ profile: 'member', account: member });
  });

  it('makes an organization and lets the new account join from its own profile', async () => {
    const operator = await t.run(['sign-in', '--url', t.url, '--email', ROOT_EMAIL, '--password-stdin'], {
      stdin: `${ROOT_PASSWORD}\n`,
    });
    expect(operator.code).toBe(ExitCode.Ok);
    const org = await t.run(['organizations', 'create-organization']);
    expect(org.stderr).toBe('');
    expect(org.code).toBe(ExitCode.Ok);
    expect(org.json().id).toMatch(/^o-[a-z0-9]{10}$/);
    const invited = await t.run(['organizations', 'invite-account-to-organization', '--account-id', member]);
    expect(invited.json()).toMatchObject({ targetAccountId: member, state: 'OPEN' });
    const handshakes = await t.run(['organizations', 'list-handshakes-for-account', '--profile', 'member']);
    expect(handshakes.json().map((h: { id: string }) => h.id)).toEqual([invited.json().id]);
    const accepted = await t.run([
      'organizations',
      'accept-handshake',
      '--profile',
      'member',
      '--handshake-id',
      invited.json().id,
    ]);
    expect(accepted.json()).toMatchObject({ state: 'ACCEPTED' });
    const accounts = await t.run(['organizations', 'list-accounts']);
    expect(
      accounts
        .json()
        .map((a: { id: string }) => a.id)
        .sort(),
    ).toEqual([t.account.id, member].sort());
    const described = await t.run(['organizations', 'describe-organization', '--profile', 'member']);
    expect(described.json().id).toBe(org.json().id);
  });
});
