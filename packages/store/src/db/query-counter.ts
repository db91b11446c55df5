import type { Logger } from 'drizzle-orm/logger';

/**
 * Counts the SQL statements Drizzle sends, through its logger hook. Tests use it to prove that an operation runs
 * a constant number of queries; it is always on because an increment costs nothing next to a round trip.
 */
export class QueryCounter implements Logger {
  /** Statements sent since the store was opened. */
  count = 0;
  private readonly inner: Logger | undefined;

  constructor(inner?: Logger) {
    this.inner = inner;
  }

  logQuery(query: string, params: unknown[]): void {
    this.count++;
    this.inner?.logQuery(query, params);
  }
}
