import { accountResourceOf } from '@iamgate/policy';
import { type OidcProvider, oidcProviderArn } from '@iamgate/store';
import type { AuthzTarget } from '../authz/authz-rule.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { absentAsUndefined } from '../errors/absent-as-undefined.js';
import { IamError } from '../errors/iam-error.js';

/** The account and URL of a provider ARN (`arn:<partition>:iam::<account>:oidc-provider/<url>`), or `InvalidInput`. */
export function providerArnParts(arn: string): { partition: string; accountId: string; url: string } {
  const provider = accountResourceOf(arn, 'iam', 'oidc-provider');
  if (provider === undefined) {
    throw new IamError('InvalidInput', `\`${arn}\` is not an OpenID Connect provider ARN`, {
      field: 'openIDConnectProviderArn',
    });
  }
  return { partition: provider.partition, accountId: provider.account, url: provider.id };
}

/** The issuer URL without its scheme, as the ARN and the condition keys name a provider. */
export function urlOfIssuer(issuer: string): string {
  return issuer.replace(/^https?:\/\//, '');
}

/**
 * The provider of `accountId` for `url`, or `undefined` (also when the account does not exist). Outside a
 * transaction it comes from the gateway's entity cache, current with the account's revision, which every change to
 * a provider moves: `assumeRoleWithWebIdentity` and authorization targets read a provider once per revision.
 */
export function findProvider(
  ctx: GatewayContext,
  accountId: string,
  url: string,
): Promise<OidcProvider | undefined> {
  const store = ctx.store;
  const load = () => store.oidcProviders.findByUrl(accountId, url);
  return absentAsUndefined(
    'transaction' in store ? ctx.services.entities.read(accountId, 'oidcProvider', url, load) : load(),
  );
}

/**
 * A provider as an authorization target: its ARN and, for a provider of the caller's own account, its tags
 * (`aws:ResourceTag/*`). Another account's provider is only its ARN as given, so nothing of it enters the decision.
 */
export async function providerTarget(ctx: GatewayContext, arn: string): Promise<AuthzTarget> {
  const { partition, accountId, url } = providerArnParts(arn);
  if (accountId !== ctx.caller?.principal.accountId || partition !== ctx.store.partition)
    return { arn, accountId };
  const provider = await findProvider(ctx, accountId, url);
  return { arn, accountId, tags: provider?.tags ?? [] };
}

/** The target of `createOpenIDConnectProvider`: the ARN the provider will have. */
export function newProviderTarget(ctx: GatewayContext, url: string): AuthzTarget {
  const accountId = ctx.caller?.principal.accountId ?? '';
  return { arn: oidcProviderArn(ctx.store.partition, accountId, urlOfIssuer(url)), accountId };
}
