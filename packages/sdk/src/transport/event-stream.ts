/** One server-sent event: its `event` field (`message` when absent) and its data lines joined. */
export interface ServerSentEvent {
  event: string;
  data: string;
}

/**
 * The events of a `text/event-stream` body, parsed as the HTML standard's event stream format says
 * (`https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation`): lines end with
 * CRLF, LF or CR; a blank line dispatches the event; `:` lines are comments (graphql-yoga's keep-alive pings);
 * `id` and `retry` are not used by GraphQL over SSE and are ignored. `onActivity` is called for every chunk
 * received, pings included, so that a reader can tell a quiet stream from a dead one.
 */
export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
  onActivity: () => void = () => {},
): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event = '';
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      onActivity();
      buffer += decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r\n|\r|\n/);
      // The last piece may be a line cut in two by the chunking; keep it for the next chunk.
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0 || event !== '') yield { event: event || 'message', data: data.join('\n') };
          event = '';
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        let value = colon === -1 ? '' : line.slice(colon + 1);
        if (value.startsWith(' ')) value = value.slice(1);
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
    }
  } finally {
    // Cancelling tells the server (graphql-yoga stops the subscription's source); errors here are of no use.
    await reader.cancel().catch(() => {});
  }
}
