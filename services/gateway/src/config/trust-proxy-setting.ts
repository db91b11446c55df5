import { compileTrustProxy, type TrustProxy } from '@iamgate/policy';
import type { EnvReader } from './env-reader.js';

const VARIABLE = 'IAMGATE_TRUST_PROXY';

/**
 * `IAMGATE_TRUST_PROXY`: which proxies' `X-Forwarded-For` / `X-Forwarded-Proto` to believe (`@iamgate/policy`'s
 * `TrustProxy`, read as Express's `proxy-addr` does). Unset, `false` or `0`: none. A number `n`: `n` proxies stand
 * in front of the gateway, and the client is `n` hops back. A comma-separated list of addresses and CIDR blocks
 * (`10.0.0.0/8,127.0.0.1`): the client is the nearest address not in it. `true` is refused: it used to mean "the
 * leftmost `X-Forwarded-For` entry", which the client writes, and does not say which proxies to trust.
 */
export function readTrustProxy(r: EnvReader): TrustProxy {
  const value = r.raw(VARIABLE);
  if (value === undefined || ['false', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (['true', 'yes', 'on'].includes(value.toLowerCase())) {
    r.fail(
      VARIABLE,
      `\`${value}\` does not say which proxies to trust: give how many proxies stand in front of the gateway ` +
        '(e.g. `1`) or their addresses and CIDR blocks (e.g. `10.0.0.0/8,127.0.0.1`)',
    );
    return false;
  }
  const setting: TrustProxy = /^-?\d+$/.test(value) ? Number(value) : r.list(VARIABLE, []);
  try {
    compileTrustProxy(setting);
  } catch (error) {
    r.fail(VARIABLE, error instanceof Error ? error.message : String(error));
    return false;
  }
  return setting === 0 ? false : setting;
}
