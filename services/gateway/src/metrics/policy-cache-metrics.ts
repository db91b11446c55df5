import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { PolicyCache } from '../cache/policy-cache.js';

/**
 * Policy cache metrics, read from the counts the cache keeps (hits, misses, entries) at scrape time, and the
 * revision lag: how many revisions an account was behind when the revision poll found a newer one than change
 * notifications had delivered (a lost or late notification; normally never observed). Returns how to stop.
 */
export function observePolicyCache(cache: PolicyCache, registry: Registry): () => void {
  const counter = (name: string, help: string, read: () => number) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  counter(
    'iamgate_policy_cache_hits_total',
    'Effective policies served from memory',
    () => cache.stats().hits,
  );
  counter(
    'iamgate_policy_cache_misses_total',
    'Effective policies loaded from the store (absent or stale)',
    () => cache.stats().misses,
  );
  new Gauge({
    name: 'iamgate_policy_cache_hit_ratio',
    help: 'Hits / (hits + misses) since start; for a recent ratio use rate() of the two counters',
    registers: [registry],
    collect() {
      const { hits, misses } = cache.stats();
      this.set(hits + misses === 0 ? 0 : hits / (hits + misses));
    },
  });
  new Gauge({
    name: 'iamgate_policy_cache_entries',
    help: 'Principals whose effective policies are in memory',
    registers: [registry],
    collect() {
      this.set(cache.stats().entries);
    },
  });
  const lag = new Histogram({
    name: 'iamgate_policy_revision_lag',
    help: 'Revisions an account was behind when the revision poll found a newer one than notifications had delivered',
    buckets: [1, 2, 5, 10, 50, 100],
    registers: [registry],
  });
  return cache.onRevisionLag((behind) => lag.observe(behind));
}
