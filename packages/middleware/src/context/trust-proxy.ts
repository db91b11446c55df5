import {
  compileTrustProxy as compileProxyTrust,
  isSecureTransport,
  type ProxyTrust,
  type TrustProxy,
} from '@iamgate/policy';
import { MiddlewareConfigError } from '../errors.js';

export { isSecureTransport, type ProxyTrust, type TrustProxy };

/**
 * Compiles the `trustProxy` option (`@iamgate/policy`'s `compileTrustProxy`, the one implementation the gateway
 * uses too); a malformed hop count, address or block throws `InvalidOption` when the gate is created.
 */
export function compileTrustProxy(setting: TrustProxy | undefined): ProxyTrust {
  try {
    return compileProxyTrust(setting);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new MiddlewareConfigError('InvalidOption', `\`trustProxy\`: ${error.message}`);
    }
    throw error;
  }
}
