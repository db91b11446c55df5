// A lean closed-loop HTTP/1.1 load client, run as a child process (plain Node, no loader) so that neither its CPU nor
// its event loop is the server's: `concurrency` keep-alive sockets, each writing the next request (prepared bytes)
// as soon as the previous answer is complete. No HTTP library on the client side: a response is read up to its
// Content-Length (or its last chunk), which is all a closed loop needs. Any status but 200, or a body mentioning
// "errors", counts as an error.
//
// The parent sends { type: 'run', host, port, path, headers, bodies, concurrency, warmupMs, durationMs }; connection i
// sends bodies[i % bodies.length]. After the warm-up has drained the client reports { type: 'warm' } and waits for
// { type: 'go' } (so that the parent can read its own counters with no request in flight), then measures and answers
// { type: 'done', result: { requests, errors, elapsedMs, p50, p99, clientCpuMs, firstError } }.
import { connect } from 'node:net';

const CRLF2 = Buffer.from('\r\n\r\n');
const ERRORS = Buffer.from('"errors"');

/** The bytes of one POST with `body`. */
function requestBytes({ host, port, path, headers }, body) {
  const length = Buffer.byteLength(body);
  const lines = [`POST ${path} HTTP/1.1`, `Host: ${host}:${port}`, 'Connection: keep-alive'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${length}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * Where the response starting at `buffer[0]` ends, or -1 while incomplete. Handles Content-Length and chunked
 * bodies (without trailers), the two ways node:http frames a response.
 */
function responseEnd(buffer) {
  const headerEnd = buffer.indexOf(CRLF2);
  if (headerEnd < 0) return -1;
  const head = buffer.toString('latin1', 0, headerEnd).toLowerCase();
  const bodyStart = headerEnd + 4;
  const length = /\r\ncontent-length:\s*(\d+)/.exec(head);
  if (length) {
    const end = bodyStart + Number(length[1]);
    return buffer.length >= end ? end : -1;
  }
  if (!/\r\ntransfer-encoding:[^\r]*chunked/.test(head)) throw new Error(`unframed response: ${head}`);
  let at = bodyStart;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', at);
    if (lineEnd < 0) return -1;
    const size = Number.parseInt(buffer.toString('latin1', at, lineEnd), 16);
    const next = lineEnd + 2 + size + 2;
    if (size === 0) return buffer.length >= next ? next : -1;
    if (buffer.length < next) return -1;
    at = next;
  }
}

/** One keep-alive connection driving requests until `until()` says stop; resolves when its last answer is in. */
function connection(options, request, onAnswer, until) {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: options.host, port: options.port, noDelay: true });
    let pending = null;
    let sentAt = 0;
    const send = () => {
      if (!until()) {
        socket.end();
        resolve();
        return;
      }
      sentAt = performance.now();
      socket.write(request);
    };
    socket.on('connect', send);
    socket.on('data', (chunk) => {
      pending = pending === null ? chunk : Buffer.concat([pending, chunk]);
      const end = responseEnd(pending);
      if (end < 0) return;
      const response = pending.subarray(0, end);
      pending = end < pending.length ? pending.subarray(end) : null;
      const status = Number(response.toString('latin1', 9, 12));
      const failed = status !== 200 || response.indexOf(ERRORS) >= 0;
      onAnswer(performance.now() - sentAt, failed, failed ? response.toString('utf8', 0, 600) : undefined);
      send();
    });
    socket.on('error', reject);
    socket.on('close', () => reject(new Error('the server closed a keep-alive connection')));
  });
}

/** Runs `concurrency` connections for `durationMs`; latencies recorded when `record`. */
async function phase(options, requests, durationMs, record) {
  const latencies = [];
  let errors = 0;
  let firstError;
  const deadline = performance.now() + durationMs;
  const until = () => performance.now() < deadline;
  const onAnswer = (ms, failed, text) => {
    if (record) latencies.push(ms);
    if (failed) {
      errors += 1;
      firstError ??= text;
    }
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, (_, i) =>
      connection(options, requests[i % requests.length], onAnswer, until),
    ),
  );
  return { elapsedMs: performance.now() - started, latencies, errors, firstError };
}

const waitFor = (type) =>
  new Promise((resolve) => {
    const listener = (message) => {
      if (message.type !== type) return;
      process.off('message', listener);
      resolve(message);
    };
    process.on('message', listener);
  });

process.on('message', (message) => {
  if (message.type !== 'run') return;
  run(message).catch((error) => process.send({ type: 'failed', message: String(error?.stack ?? error) }));
});

async function run(message) {
  const requests = message.bodies.map((body) => requestBytes(message, body));
  if (message.warmupMs > 0) await phase(message, requests, message.warmupMs, false);
  const go = waitFor('go');
  process.send({ type: 'warm' });
  await go;
  const cpu = process.cpuUsage();
  const { elapsedMs, latencies, errors, firstError } = await phase(
    message,
    requests,
    message.durationMs,
    true,
  );
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  process.send({
    type: 'done',
    result: {
      requests: latencies.length,
      errors,
      elapsedMs,
      p50: at(0.5),
      p99: at(0.99),
      clientCpuMs: (used.user + used.system) / 1000,
      firstError,
    },
  });
}
