import type { FetchLike } from '@iamgate/sdk';

/** A fetch whose network can be cut, for tests of what a client does while the gateway is unreachable. */
export interface SwitchableFetch {
  fetch: FetchLike;
  /** Cuts the network: open response streams fail, and new requests fail as fetch does. */
  down(): void;
  /** Restores it. */
  up(): void;
}

/**
 * Passes requests on to `inner` (a gateway's in-process handler) until `down()`; then every response body still
 * being read (a subscription's event stream) errors and every new request rejects with a `TypeError`, as a dropped
 * connection does.
 */
export function switchableFetch(inner: FetchLike): SwitchableFetch {
  let isDown = false;
  const open = new Set<(error: Error) => void>();
  return {
    down() {
      isDown = true;
      for (const cut of open) cut(new TypeError('network connection lost'));
      open.clear();
    },
    up() {
      isDown = false;
    },
    fetch: async (request) => {
      if (isDown) throw new TypeError('fetch failed');
      const response = await inner(request);
      if (response.body === null) return response;
      const reader = response.body.getReader();
      let cut: (error: Error) => void = () => {};
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          cut = (error) => {
            controller.error(error);
            void reader.cancel(error).catch(() => {});
          };
          open.add(cut);
        },
        async pull(controller) {
          try {
            const { done, value } = await reader.read();
            if (done) {
              open.delete(cut);
              controller.close();
            } else controller.enqueue(value);
          } catch (error) {
            open.delete(cut);
            controller.error(error);
          }
        },
        cancel(reason) {
          open.delete(cut);
          return reader.cancel(reason);
        },
      });
      return new Response(body, { status: response.status, headers: response.headers });
    },
  };
}
