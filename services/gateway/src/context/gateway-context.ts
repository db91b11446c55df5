import type { RequestPolicies } from '@iamgate/policy';
import type { Store, StoreTransaction } from '@iamgate/store';
import type { Principal } from '../authz/principal.js';
import type { RequestFacts } from '../authz/request-context.js';
import type { IamError } from '../errors/iam-error.js';
import type { Logger } from '../logging/logger.js';
import type { GatewayServices } from './gateway-services.js';
import type { Targets } from './targets.js';

/** An authenticated caller with what the policy engine needs to decide for it. */
export interface Caller {
  principal: Principal;
  /** The caller's identity, boundary and session policies, read when the request arrived. */
  policies: RequestPolicies;
  /** The account revision the policies reflect. */
  revision: number;
}

/** The GraphQL context of one request. */
export interface GatewayContext {
  requestId: string;
  request: Request;
  facts: RequestFacts;
  /** The authenticated caller, or `undefined` for a request without (valid) credentials. */
  caller: Caller | undefined;
  /**
   * Why the credentials sent were refused (bad, expired or revoked token). Raised by every guarded field; public
   * fields ignore it, so a client holding an expired token can still sign in again.
   */
  authError: IamError | undefined;
  services: GatewayServices;
  /**
   * The repositories to use: the store, or inside a mutation the transaction the mutation and its audit event
   * share. The only way to the database from a resolver: inside a transaction, the store itself is out of reach.
   */
  store: Store | StoreTransaction;
  /**
   * Runs `fn` once the mutation's transaction has committed (at once outside a transaction): for effects that must
   * not happen if it rolls back, like signing with a key the mutation created.
   */
  afterCommit: (fn: () => void) => void;
  /** Target ARNs for authorization rules, memoized per request. */
  targets: Targets;
  log: Logger;
}
