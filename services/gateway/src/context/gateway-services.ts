import type { Store } from '@iamgate/store';
import type { PolicyCache } from '../cache/policy-cache.js';
import type { GatewayConfig } from '../config/gateway-config.js';
import type { Logger } from '../logging/logger.js';
import type { SignInService } from '../sign-in/sign-in-service.js';
import type { SigningKeyRing } from '../tokens/signing-key-ring.js';
import type { TokenService } from '../tokens/token-service.js';

/** The long-lived parts of a gateway, shared by every request. */
export interface GatewayServices {
  config: GatewayConfig;
  store: Store;
  keys: SigningKeyRing;
  tokens: TokenService;
  signIn: SignInService;
  /** Effective policies per principal, current with the account revision (shared by every request). */
  policies: PolicyCache;
  logger: Logger;
  /** The account that operates this gateway (owns its signing keys); set by `main` to the first account. */
  operatorAccountId: string | undefined;
  /** The clock every time-dependent decision uses (frozen in tests). */
  now: () => Date;
}
