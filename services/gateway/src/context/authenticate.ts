import { isStoreError } from '@iamgate/store';
import type { Principal } from '../authz/principal.js';
import { requestPoliciesOf } from '../cache/request-policies.js';
import { IamError } from '../errors/iam-error.js';
import type { Caller } from './gateway-context.js';
import type { GatewayServices } from './gateway-services.js';

const BEARER = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/i;

/**
 * The caller of a request, from its `Authorization: Bearer <token>` header: the token is verified, then its
 * session and effective policies come from the policy cache (one statement when the account's revision moved). A
 * revoked session fails here on every instance: revoking moves the revision, which reaches every instance at
 * commit (and within the revision poll interval at worst). No header means an anonymous caller.
 */
export async function authenticate(
  request: Request,
  services: GatewayServices,
  now: Date,
): Promise<Caller | undefined> {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') return undefined;
  const token = BEARER.exec(header.trim())?.[1];
  if (token === undefined) {
    throw new IamError('InvalidClientTokenId', 'the `Authorization` header must be `Bearer <token>`');
  }
  const claims = await services.tokens.verify(token);
  const effective = await services.policies
    .get({ kind: 'session', accountId: claims.acct, sessionId: claims.sid })
    .catch((error) => {
      if (isStoreError(error, 'NoSuchEntity'))
        throw new IamError('ExpiredToken', 'the session no longer exists');
      throw error;
    });
  const session = effective.sessionInfo;
  if (session === null || effective.accountId !== claims.acct) {
    throw new IamError('InvalidClientTokenId', 'the session token is not valid');
  }
  if (session.revokedAt !== null) throw new IamError('ExpiredToken', 'the session has been revoked');
  if (session.expiresAt.getTime() <= now.getTime())
    throw new IamError('ExpiredToken', 'the session has expired');
  const principal: Principal = {
    type: claims.ptyp,
    arn: effective.principalArn,
    ...(effective.roleArn === null ? {} : { roleArn: effective.roleArn }),
    accountId: effective.accountId,
    id: claims.sub,
    // The current name (from the ARN), not the one in the token: a renamed user keeps its session.
    userName:
      claims.ptyp === 'user'
        ? effective.principalArn.slice(effective.principalArn.lastIndexOf('/') + 1)
        : undefined,
    tags: Object.fromEntries(effective.principalTags.map((t) => [t.key, t.value])),
    ...(effective.organization === null
      ? {}
      : { organization: { id: effective.organization.id, path: effective.organization.path } }),
    sessionId: session.id,
    tokenIssuedAt: new Date(claims.iat * 1000),
    expiresAt: session.expiresAt,
    mfaAuthenticated: session.mfaAuthenticated,
    ...(session.mfaAuthenticatedAt === null ? {} : { mfaAuthenticatedAt: session.mfaAuthenticatedAt }),
    sessionSource: session.source,
    ...(session.sourceIdentity === null ? {} : { sourceIdentity: session.sourceIdentity }),
  };
  return { principal, policies: requestPoliciesOf(effective), revision: effective.revision };
}
