import type { ServiceDefinitionDocument } from '@iamgate/policy';
import type { EntityCache } from '../cache/entity-cache.js';
import type { PolicyCache } from '../cache/policy-cache.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import type { IssuerKeys } from '../federation/issuer-keys.js';
import type { Logger } from '../logging/logger.js';
import type { SignInService } from '../sign-in/sign-in-service.js';
import type { SigningKeyRing } from '../tokens/signing-key-ring.js';
import type { TokenService } from '../tokens/token-service.js';
import type { ActivityRecorder } from '../usage/activity-recorder.js';
import type { PolicyUseRecorder } from '../usage/policy-use-recorder.js';

/**
 * The long-lived parts of a gateway, shared by every request. The store is deliberately not among them: resolvers
 * reach it only through `GatewayContext.store`, which inside a mutation is the mutation's transaction (see
 * `rootStore`). Services that read the database themselves (sign-in, the policy cache) are only used outside
 * transactions, and the key ring never reads it on the request path.
 */
export interface GatewayServices {
  config: GatewayConfig;
  keys: SigningKeyRing;
  tokens: TokenService;
  signIn: SignInService;
  /** Effective policies per principal, current with the account revision (shared by every request). */
  policies: PolicyCache;
  /** Users, roles, groups and managed policies per account, current with the account revision (shared). */
  entities: EntityCache;
  /** Pages of users, roles and groups lists per account, current with the account revision (shared). */
  pages: EntityCache;
  logger: Logger;
  /** The account that operates this gateway (owns its signing keys); set by `main` to the first account. */
  operatorAccountId: string | undefined;
  /** The clock every time-dependent decision uses (frozen in tests). */
  now: () => Date;
  /** The signing keys of OpenID Connect issuers, for `assumeRoleWithWebIdentity` (shared by every request). */
  issuerKeys: IssuerKeys;
  /** The gateway's own services as definitions (from the schema), which policy checks know beside the apps'. */
  builtinServices: readonly ServiceDefinitionDocument[];
  /** Which managed policies allowed requests, written to the store in batches (`policies.lastUsed`). */
  policyUses: PolicyUseRecorder;
  /** The activity record: allowed reads and apps' decisions, counted per day and written in batches. */
  activity: ActivityRecorder;
}
