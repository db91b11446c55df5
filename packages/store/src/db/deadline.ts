import { StoreError } from '../errors.js';

/**
 * Settles with `work`, or rejects with `ServiceUnavailable` after `ms` milliseconds, whichever comes first. `work`
 * keeps running after the deadline (JavaScript cannot stop it); its eventual failure is swallowed here so that it
 * is not reported as unhandled. Used for transactions: the driver rolls back and frees the connection as soon as
 * the body rejects, so a body stuck on something that never answers cannot hold the database forever.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  if (!(ms > 0) || !Number.isFinite(ms)) return work;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StoreError('ServiceUnavailable', `${what} did not finish within ${ms} ms; retry later`, {
            details: { deadlineMs: ms },
          }),
        ),
      ms,
    );
    timer.unref?.();
  });
  work.catch(() => {});
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
