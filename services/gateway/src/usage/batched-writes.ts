import { PeriodicTask } from '../housekeeping/periodic-task.js';
import type { Logger } from '../logging/logger.js';

/** How a `BatchedWrites` is sized and written. */
export interface BatchedWritesOptions<V> {
  /** What is written, for the log when a write fails. */
  name: string;
  /** How often pending values are written (none on a timer when not positive: only `flush` and `close`). */
  intervalMs: number;
  /** Distinct keys held before a write starts early. */
  flushAt: number;
  /**
   * Distinct keys held at most: while a write is slow, new keys past this are dropped (and counted in the log), so
   * memory stays bounded however many distinct requests arrive.
   */
  maxPending: number;
  /** Writes one batch; failures are logged, and the batch is lost (last-used data tolerates it). */
  write: (values: V[]) => Promise<void>;
  logger: Logger;
}

/**
 * Values noted on the request path and written in the background, one batch per interval: noting costs a map update,
 * never a statement. A value is lost only when its process dies before the next write, or when the database refuses
 * the batch, which usage data tolerates (AWS's last-accessed data lags by hours).
 */
export class BatchedWrites<V> {
  private pending = new Map<string, V>();
  private dropped = 0;
  private readonly task: PeriodicTask<void>;

  constructor(private readonly options: BatchedWritesOptions<V>) {
    this.task = new PeriodicTask(options.intervalMs, () => this.write());
  }

  start(): void {
    this.task.start();
  }

  /** The value pending under `key`, to merge into (mutating it is fine: it is written at the next flush). */
  get(key: string): V | undefined {
    return this.pending.get(key);
  }

  /** Holds `value` under `key`, unless the batch is full. */
  set(key: string, value: V): void {
    const size = this.pending.size;
    if (size >= this.options.maxPending && !this.pending.has(key)) {
      this.dropped += 1;
      return;
    }
    this.pending.set(key, value);
    if (size + 1 >= this.options.flushAt) void this.task.run();
  }

  /**
   * Writes what is pending now (tests, shutdown): waits for a write under way, then writes what was noted meanwhile,
   * so that everything noted before the call is written when it resolves.
   */
  async flush(): Promise<void> {
    await this.task.run();
    if (this.pending.size > 0) await this.task.run();
  }

  /** Stops the timer and writes what is pending. */
  async close(): Promise<void> {
    this.task.stop();
    await this.flush();
  }

  private async write(): Promise<void> {
    const { logger, name } = this.options;
    if (this.dropped > 0) {
      logger.warn(`${name} dropped while a write was slow`, { dropped: this.dropped });
      this.dropped = 0;
    }
    if (this.pending.size === 0) return;
    const values = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.options.write(values);
    } catch (error) {
      logger.warn(`${name} not recorded`, { error, entries: values.length });
    }
  }
}
