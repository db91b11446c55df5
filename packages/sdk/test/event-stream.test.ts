import { describe, expect, it } from 'vitest';
import { readEventStream } from '../src/transport/event-stream.js';

/** A body delivering `chunks` as they are cut, to test lines and events split across chunks. */
function body(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

async function events(chunks: string[]) {
  const seen = [];
  for await (const event of readEventStream(body(chunks))) seen.push(event);
  return seen;
}

// The event stream format: https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
describe('readEventStream', () => {
  it('reads graphql-yoga events, skipping its keep-alive comments', async () => {
    expect(
      await events([
        ':\n\n',
        'event: next\ndata: {"data":{"a":1}}\n\n',
        ':\n\n',
        'event: complete\ndata:\n\n',
      ]),
    ).toEqual([
      { event: 'next', data: '{"data":{"a":1}}' },
      { event: 'complete', data: '' },
    ]);
  });

  it('joins events and lines cut across chunks, with any line ending', async () => {
    expect(await events(['event: ne', 'xt\r\ndata: {"x"', ':2}\r', '\n\r\ndata: a\rdata: b\r\r'])).toEqual([
      { event: 'next', data: '{"x":2}' },
      { event: 'message', data: 'a\nb' },
    ]);
  });

  it('keeps a value without the optional space, ignores id and retry, and drops an unfinished event', async () => {
    expect(await events(['id: 7\nretry: 10\ndata:x\n\n', 'data: never dispatched'])).toEqual([
      { event: 'message', data: 'x' },
    ]);
  });

  it('reports activity for every chunk, pings included', async () => {
    let chunks = 0;
    for await (const _ of readEventStream(body([':\n\n', ':\n\n', 'data: 1\n\n']), () => chunks++)) {
      // consume
    }
    expect(chunks).toBe(3);
  });
});
