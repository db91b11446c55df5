import { InvalidConfigurationError } from '../errors/sdk-errors.js';

/** How requests that fail on the network are retried. */
export interface RetryOptions {
  /** Attempts in all, the first included: 1 turns retries off. 1-10, default 3. */
  maxAttempts?: number;
  /** The first retry waits up to this long; each further one up to twice as long as the one before. Default 100. */
  baseDelayMs?: number;
  /** No wait is longer, whatever the attempt or a `Retry-After` header says. Default 2,000. */
  maxDelayMs?: number;
  /** A random number in [0, 1) for the jitter; `Math.random` by default. */
  random?: () => number;
  /** How to wait; a timer by default. Tests pass a recorder. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** The settings of `RetryOptions`, checked and with defaults. */
export interface RetryPolicy {
  maxAttempts: number;
  /** The wait before retry number `retry` (1 for the second attempt), in ms; at least `retryAfterMs` when given. */
  delayBefore(retry: number, retryAfterMs?: number): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The statuses a proxy or load balancer answers when the gateway behind it is down or slow; worth retrying. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

function timerSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function checked(
  value: number | undefined,
  fallback: number,
  name: string,
  min: number,
  max: number,
): number {
  const v = value ?? fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new InvalidConfigurationError(
      `\`retry.${name}\` must be an integer from ${min} to ${max}`,
      `retry.${name}`,
    );
  }
  return v;
}

/**
 * The retry policy of `options` (`false` is a single attempt). Waits use exponential backoff with full jitter: the
 * wait before retry `n` is uniform in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))], so that clients that failed
 * together do not retry together.
 */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const o = options === false ? { maxAttempts: 1 } : (options ?? {});
  const maxAttempts = checked(o.maxAttempts, 3, 'maxAttempts', 1, 10);
  const baseDelayMs = checked(o.baseDelayMs, 100, 'baseDelayMs', 0, 60_000);
  const maxDelayMs = checked(o.maxDelayMs, 2_000, 'maxDelayMs', 0, 300_000);
  const random = o.random ?? Math.random;
  return {
    maxAttempts,
    delayBefore(retry, retryAfterMs) {
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1));
      const jittered = Math.floor(random() * ceiling);
      return Math.min(maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
    },
    sleep: o.sleep ?? timerSleep,
  };
}
