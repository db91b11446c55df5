// A small closed-loop HTTP load generator, run in a worker thread so that its work does not share the event
// loop of the server it measures: `concurrency` connections each send the next request when the previous one is
// answered, for `seconds`. Reports requests per second and latency percentiles; any non-200 answer is an error.
// With `bodies`, connection i sends `bodies[i % bodies.length]` (e.g. one principal per connection).
import { parentPort, workerData } from 'node:worker_threads';

const { url, body, bodies, headers, concurrency, seconds, warmupSeconds } = workerData;

async function run(durationMs, record) {
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + durationMs;
  const loop = async (_, i) => {
    const sent = bodies ? bodies[i % bodies.length] : body;
    while (performance.now() < deadline) {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers, body: sent });
      const text = await response.text();
      if (response.status !== 200 || text.includes('"errors"')) errors += 1;
      if (record) latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { elapsedMs: performance.now() - started, latencies, errors };
}

await run(warmupSeconds * 1000, false);
const { elapsedMs, latencies, errors } = await run(seconds * 1000, true);
latencies.sort((a, b) => a - b);
const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
parentPort.postMessage({
  requests: latencies.length,
  errors,
  perSecond: latencies.length / (elapsedMs / 1000),
  p50: at(50),
  p99: at(99),
});
