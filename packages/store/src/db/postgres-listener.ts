import postgres from 'postgres';

/** Options of `listenSupervised`. */
export interface ListenerOptions {
  url: string;
  channel: string;
  /** postgres.js options shared with the pool (timeouts, backoff, connection parameters). */
  base: postgres.Options<Record<string, postgres.PostgresType>>;
  onPayload: (payload: string) => void;
}

const RETRY_MIN_MS = 50;
const RETRY_MAX_MS = 2000;

/**
 * LISTENs on `channel` over a dedicated connection and keeps listening through connection loss. postgres.js's own
 * `listen` re-listens once after its connection closes and silently gives up if that attempt fails (when the server
 * is still unreachable), after which no notification ever arrives again. Here every close schedules a new LISTEN,
 * retried with a capped backoff until it succeeds. Notifications sent while disconnected are lost: the consumers
 * (the policy cache's revision poll, the key ring's refresh) re-read what they cache on a timer for that reason.
 * Resolves once the first LISTEN succeeded; returns how to stop.
 */
export async function listenSupervised(options: ListenerOptions): Promise<() => Promise<void>> {
  let stopped = false;
  let retryMs = RETRY_MIN_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const quoted = `"${options.channel.replaceAll('"', '""')}"`;
  // `onnotify` is the hook postgres.js's own `listen` uses; its type declarations leave it out.
  const settings: postgres.Options<Record<string, postgres.PostgresType>> & {
    onnotify: (channel: string, payload: string) => void;
  } = {
    ...options.base,
    max: 1,
    // Never closed for idleness or age: it is idle by design.
    idle_timeout: 0,
    max_lifetime: 0,
    fetch_types: false,
    onnotify: (channel: string, payload: string) => {
      if (channel === options.channel) options.onPayload(payload);
    },
    onclose: () => schedule(),
  };
  const client = postgres(options.url, settings);

  const listen = () => client.unsafe(`listen ${quoted}`);
  function schedule(): void {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      listen().then(
        () => {
          retryMs = RETRY_MIN_MS;
        },
        () => {
          retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
          schedule();
        },
      );
    }, retryMs);
    timer.unref?.();
  }

  await listen();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await client.end({ timeout: 5 });
  };
}
