/** One GraphQL-over-SSE subscription read event by event (graphql-yoga's `event: next` / `data:` frames). */
export interface SseSubscription<T> {
  /** The next payload's `data`, or a failure after `timeoutMs`. */
  next: (timeoutMs?: number) => Promise<T>;
  close: () => Promise<void>;
}

/** Starts a subscription through `fetch` (in process or over HTTP) and reads its server-sent events. */
export async function subscribe<T>(
  fetch: (request: Request) => Promise<Response>,
  url: string,
  query: string,
  token: string,
): Promise<SseSubscription<T>> {
  const response = await fetch(
    new Request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query }),
    }),
  );
  if (response.body === null) throw new Error(`no event stream: ${response.status}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pending: T[] = [];
  const read = async (): Promise<T> => {
    for (;;) {
      const queued = pending.shift();
      if (queued !== undefined) return queued;
      const frameEnd = buffer.indexOf('\n\n');
      if (frameEnd >= 0) {
        const frame = buffer.slice(0, frameEnd);
        buffer = buffer.slice(frameEnd + 2);
        const data = frame
          .split('\n')
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('');
        if (data !== '') {
          const body = JSON.parse(data) as { data?: T; errors?: unknown };
          if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
          if (body.data !== undefined) pending.push(body.data);
        }
        continue;
      }
      const chunk = await reader.read();
      if (chunk.done) throw new Error('the event stream ended');
      buffer += chunk.value;
    }
  };
  return {
    next: (timeoutMs = 5000) =>
      Promise.race([
        read(),
        new Promise<T>((_, reject) =>
          setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs).unref(),
        ),
      ]),
    close: async () => {
      await reader.cancel().catch(() => {});
    },
  };
}
