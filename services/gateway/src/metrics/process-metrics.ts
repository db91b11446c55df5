import { collectDefaultMetrics, Registry } from 'prom-client';

let shared: Registry | undefined;

/**
 * Node's default process metrics (CPU, memory, heap, GC, handles, and event-loop delay from
 * `perf_hooks.monitorEventLoopDelay`, as `nodejs_eventloop_lag_*_seconds`, reset at every scrape), in one registry
 * per process, started with the first gateway that has metrics on. One per process because they describe the
 * process, and because prom-client cannot stop their collectors: a registry per gateway would leave an event-loop
 * monitor and a GC observer behind for every gateway a test or benchmark opens and closes.
 */
export function processMetrics(): Registry {
  if (shared === undefined) {
    shared = new Registry();
    collectDefaultMetrics({ register: shared });
  }
  return shared;
}
