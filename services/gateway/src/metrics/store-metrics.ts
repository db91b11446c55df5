import type { Store, TransactionOutcome } from '@iamgate/store';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

const OUTCOMES: readonly TransactionOutcome[] = ['commit', 'rollback', 'timeout'];

/**
 * Database metrics from the store's observer hook: work in flight (postgres.js does not expose its pool's busy and
 * idle connections, so this counts what waits for or holds one: auto-commit statements and open transactions; on
 * PGlite, what queues for its single connection), transaction durations by outcome (commit, rollback, timeout),
 * and statements sent. Returns how to stop observing.
 */
export function observeStore(store: Store, registry: Registry): () => void {
  const inFlight = new Gauge({
    name: 'iamgate_db_in_flight',
    help: 'Database work waiting for or holding a connection: auto-commit statements and open transactions',
    labelNames: ['work'] as const,
    registers: [registry],
  });
  const transactions = new Histogram({
    name: 'iamgate_db_transaction_duration_seconds',
    help: 'Transactions (each attempt) from begin to commit or rollback, by outcome: commit, rollback, timeout',
    labelNames: ['outcome'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Counter({
    name: 'iamgate_db_statements_total',
    help: 'SQL statements sent to the database since the store was opened',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(store.queryCount());
    },
  });
  inFlight.labels('statement').set(0);
  inFlight.labels('transaction').set(0);
  for (const outcome of OUTCOMES) transactions.zero({ outcome });
  return store.observe({
    onStart: (work) => inFlight.labels(work).inc(),
    onEnd: (work) => inFlight.labels(work).dec(),
    onTransaction: (ms, outcome) => transactions.labels(outcome).observe(ms / 1000),
  });
}
