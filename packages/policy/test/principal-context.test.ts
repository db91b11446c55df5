import { describe, expect, it } from 'vitest';
import {
  ERROR_CODE_TABLE,
  ERROR_CODES,
  errorCodeDescription,
  isSessionClaims,
  readErrorCodeDescription,
  sessionClaimsProblem,
  sessionMfa,
} from '../src/contracts/index.js';
import {
  evaluate,
  isPrincipalKey,
  organizationContext,
  type PolicyDocument,
  principalContext,
} from '../src/index.js';

const ACCOUNT = '123456789012';

// Keys and formats: docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
describe('principalContext', () => {
  it("sets a user session's keys", () => {
    const context = principalContext(
      {
        type: 'user',
        arn: `arn:iamgate:iam::${ACCOUNT}:user/eng/alice`,
        account: ACCOUNT,
        id: 'AIDAALICE',
        userName: 'alice',
        tags: { team: 'red' },
        issuedAt: 1_700_000_000,
        organization: { id: 'o-abc', path: 'o-abc/r-root/ou-1/' },
      },
      1_700_000_060,
    );
    expect(context).toEqual({
      'aws:PrincipalArn': `arn:iamgate:iam::${ACCOUNT}:user/eng/alice`,
      'aws:PrincipalAccount': ACCOUNT,
      'aws:PrincipalType': 'User',
      'aws:userid': 'AIDAALICE',
      'aws:username': 'alice',
      'aws:PrincipalTag/team': 'red',
      'aws:PrincipalOrgID': 'o-abc',
      'aws:PrincipalOrgPaths': ['o-abc/r-root/ou-1/'],
      'aws:TokenIssueTime': '2023-11-14T22:13:20Z',
      'aws:MultiFactorAuthPresent': false,
    });
  });

  it("gives a role session its role's ARN with the path, its MFA age and source identity, and no user name", () => {
    const context = principalContext(
      {
        type: 'role',
        arn: `arn:iamgate:sts::${ACCOUNT}:assumed-role/reader/s1`,
        roleArn: `arn:iamgate:iam::${ACCOUNT}:role/ops/reader`,
        account: ACCOUNT,
        id: 'AROAREADER:s1',
        userName: 'ignored',
        tags: {},
        issuedAt: 1_700_000_000,
        mfa: { present: true, authenticatedAt: 1_699_999_900 },
        sourceIdentity: 'alice@example.com',
      },
      1_700_000_060,
    );
    expect(context).toEqual({
      'aws:PrincipalArn': `arn:iamgate:iam::${ACCOUNT}:role/ops/reader`,
      'aws:PrincipalAccount': ACCOUNT,
      'aws:PrincipalType': 'AssumedRole',
      'aws:userid': 'AROAREADER:s1',
      'aws:TokenIssueTime': '2023-11-14T22:13:20Z',
      'aws:MultiFactorAuthPresent': true,
      'aws:MultiFactorAuthAge': 160,
      'aws:SourceIdentity': 'alice@example.com',
    });
  });

  it('leaves the session keys out without a session, and aws:PrincipalArn of a role session without its role', () => {
    const root = principalContext(
      { type: 'root', arn: `arn:iamgate:iam::${ACCOUNT}:root`, account: ACCOUNT, id: ACCOUNT, tags: {} },
      0,
    );
    expect(root).toEqual({
      'aws:PrincipalArn': `arn:iamgate:iam::${ACCOUNT}:root`,
      'aws:PrincipalAccount': ACCOUNT,
      'aws:PrincipalType': 'Account',
      'aws:userid': ACCOUNT,
    });
    const session = principalContext(
      {
        type: 'role',
        arn: `arn:iamgate:sts::${ACCOUNT}:assumed-role/r/s`,
        account: ACCOUNT,
        id: 'x',
        tags: {},
      },
      0,
    );
    // The engine then derives it from the session ARN, without the role's path.
    expect(session).not.toHaveProperty('aws:PrincipalArn');
  });

  it('writes into the context it is given', () => {
    const into = { 'aws:SourceIp': '192.0.2.1' };
    const context = principalContext(
      { type: 'user', arn: `arn:iamgate:iam::${ACCOUNT}:user/a`, account: ACCOUNT, id: 'A', tags: {} },
      0,
      into,
    );
    expect(context).toBe(into);
    expect(context['aws:SourceIp']).toBe('192.0.2.1');
  });

  it('sets only keys that isPrincipalKey names, so no app can set one of them', () => {
    const context = principalContext(
      {
        type: 'role',
        arn: `arn:iamgate:sts::${ACCOUNT}:assumed-role/r/s`,
        roleArn: `arn:iamgate:iam::${ACCOUNT}:role/r`,
        account: ACCOUNT,
        id: 'AROA:s',
        tags: { team: 'red' },
        issuedAt: 1,
        mfa: { present: true, authenticatedAt: 0 },
        sourceIdentity: 'me',
        organization: { id: 'o-abc', path: 'o-abc/r-root/' },
      },
      10,
    );
    expect(Object.keys(context).filter((key) => !isPrincipalKey(key))).toEqual([]);
    expect(isPrincipalKey('AWS:PRINCIPALORGID')).toBe(true);
    expect(isPrincipalKey('aws:SourceIp')).toBe(false);
    expect(organizationContext(undefined)).toEqual({});
  });

  it('decides with the engine as the keys say', () => {
    const policy: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'orders:GetOrder',
          Resource: '*',
          Condition: {
            StringEquals: { 'aws:PrincipalOrgID': 'o-abc', 'aws:PrincipalType': 'User' },
            DateLessThan: { 'aws:TokenIssueTime': '2023-11-15T00:00:00Z' },
          },
        },
      ],
    };
    const facts = {
      type: 'user' as const,
      arn: `arn:iamgate:iam::${ACCOUNT}:user/a`,
      account: ACCOUNT,
      id: 'A',
      tags: {},
      issuedAt: 1_700_000_000,
    };
    const decide = (organization?: { id: string; path: string }) =>
      evaluate({
        principal: facts.arn,
        action: 'orders:GetOrder',
        resource: 'arn:iamgate:orders::123456789012:order/1',
        context: principalContext(
          organization === undefined ? facts : { ...facts, organization },
          1_700_000_000,
        ),
        policies: { identity: [policy] },
      }).decision;
    expect(decide({ id: 'o-abc', path: 'o-abc/r-root/' })).toBe('Allow');
    expect(decide()).toBe('ImplicitDeny');
  });
});

describe('session claims contract', () => {
  const claims = {
    iss: 'http://localhost:4000',
    aud: 'iamgate',
    sub: 'AIDAALICE',
    iat: 1,
    nbf: 1,
    exp: 2,
    jti: 'j',
    sid: 's',
    arn: `arn:iamgate:iam::${ACCOUNT}:user/alice`,
    acct: ACCOUNT,
    ptyp: 'user',
    name: 'alice',
    tags: { team: 'red' },
    amr: ['pwd', 'mfa', 'otp'],
    auth_time: 1,
  };

  it('accepts the claims the gateway issues', () => {
    expect(sessionClaimsProblem(claims)).toBeUndefined();
    expect(isSessionClaims(claims)).toBe(true);
    expect(sessionMfa({ amr: ['pwd', 'mfa'], auth_time: 1 })).toEqual({ present: true, authenticatedAt: 1 });
    expect(sessionMfa({ amr: ['swk'] })).toEqual({ present: false });
    expect(sessionMfa({})).toBeUndefined();
  });

  it.each([
    [{ sid: '' }, 'the `sid` claim must be a non-empty string'],
    [{ exp: '2' }, 'the `exp` claim must be a number'],
    [{ ptyp: 'admin' }, 'the `ptyp` claim must be `root`, `user` or `role`'],
    [{ arn: 'alice' }, 'the `arn` claim must be an ARN'],
    [{ role: '' }, 'the `role` claim must be a non-empty string when present'],
    [{ tags: ['red'] }, 'the `tags` claim must be an object of strings'],
    [{ amr: 'mfa' }, 'the `amr` claim must be an array of strings'],
    [{ auth_time: '1' }, 'the `auth_time` claim must be a number'],
  ])('names what is wrong: %j', (change, problem) => {
    expect(sessionClaimsProblem({ ...claims, ...change })).toBe(problem);
  });
});

describe('error codes contract', () => {
  it('writes every code with its HTTP status, and reads it back', () => {
    for (const code of ERROR_CODES) {
      const entry = ERROR_CODE_TABLE[code];
      expect(readErrorCodeDescription(errorCodeDescription(entry))).toEqual(entry);
    }
    expect(readErrorCodeDescription('Denied.')).toBeUndefined();
  });
});
