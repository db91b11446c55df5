import type { ClientCore } from '../client/client-core.js';
import { PolicyRevisionDocument, PolicySnapshotDocument } from '../generated/graphql.js';
import { retryPolicy } from '../transport/retry-policy.js';
import type { Freshness } from './freshness.js';
import type { LocalEvaluatorOptions } from './local-evaluator-options.js';
import type { SessionInfo } from './session-cache.js';
import { policySetOf, SnapshotIndex } from './snapshot-index.js';

/**
 * Keeps a `SnapshotIndex` current: follows the account's `policyRevision` subscription, loads `policySnapshot`
 * whenever the announced revision is ahead of the loaded one, and reopens the stream with backoff when it fails or
 * goes silent. Loads are coalesced: one runs at a time, and a load asked for while one runs starts after it.
 */
export class SnapshotFollower {
  index: SnapshotIndex | undefined;
  private readonly closed = new AbortController();
  private stream: AbortController | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;
  private readonly loadedListeners = new Set<() => void>();

  constructor(
    private readonly core: ClientCore,
    private readonly freshness: Freshness,
    private readonly options: LocalEvaluatorOptions,
  ) {}

  /** Starts following; returns at once. */
  start(): void {
    void this.follow();
  }

  /** Loads a snapshot that starts after this call (joining a queued one); rejects with the load's failure. */
  refresh(): Promise<void> {
    if (this.running === undefined) {
      this.running = this.load().finally(() => {
        this.running = undefined;
      });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => {})
      .then(() => {
        this.queued = undefined;
        return this.refresh();
      });
    return this.queued;
  }

  /** One session's policies, from `policySnapshot(sessionId)`. */
  async loadSession(sessionId: string): Promise<SessionInfo> {
    const { policySnapshot } = await this.core.send(
      PolicySnapshotDocument,
      { sessionId },
      { signal: this.closed.signal },
    );
    const entry =
      policySnapshot.principals.find((p) => p.sessionId === sessionId) ?? policySnapshot.principals[0];
    if (entry === undefined) throw new Error(`the gateway returned no policies for session \`${sessionId}\``);
    return { hasSessionPolicies: entry.session.length > 0, set: policySetOf(entry) };
  }

  /** Calls `listener` after every successful load until the returned function is called. */
  onLoaded(listener: () => void): () => void {
    this.loadedListeners.add(listener);
    return () => this.loadedListeners.delete(listener);
  }

  /** Stops following and closes the stream. */
  close(): void {
    this.closed.abort(new Error('the local evaluator is closed'));
    this.stream?.abort(this.closed.signal.reason);
  }

  get isClosed(): boolean {
    return this.closed.signal.aborted;
  }

  private async load(): Promise<void> {
    const principal = this.options.principal;
    const { policySnapshot } = await this.core.send(
      PolicySnapshotDocument,
      principal === undefined ? {} : { principalArn: principal },
      { signal: this.closed.signal },
    );
    this.index = new SnapshotIndex(policySnapshot, principal === undefined);
    this.freshness.loaded(policySnapshot.revision);
    for (const listener of this.loadedListeners) listener();
  }

  private async follow(): Promise<void> {
    const reconnect = retryPolicy({
      maxAttempts: 10,
      baseDelayMs: this.options.reconnect?.baseDelayMs ?? 250,
      maxDelayMs: this.options.reconnect?.maxDelayMs ?? 10_000,
    });
    const idleMs = this.options.idleTimeoutMs ?? 45_000;
    let failures = 0;
    while (!this.isClosed) {
      const stream = new AbortController();
      this.stream = stream;
      let idle: ReturnType<typeof setTimeout> | undefined;
      const touch = () => {
        clearTimeout(idle);
        idle = setTimeout(
          () => stream.abort(new Error(`the revision stream was silent for ${idleMs} ms`)),
          idleMs,
        );
        (idle as { unref?: () => void }).unref?.();
      };
      try {
        touch();
        const revisions = this.core.open(PolicyRevisionDocument, undefined, {
          signal: stream.signal,
          onActivity: touch,
        });
        for await (const { policyRevision } of revisions) {
          this.freshness.connected(true);
          this.freshness.announce(policyRevision.revision);
          // A snapshot built while another change committed is behind again; catch up, a few times at most.
          for (let i = 0; i < 3 && this.freshness.behind(); i += 1) await this.refresh();
          failures = 0;
        }
      } catch (error) {
        if (!this.isClosed) this.options.onError?.(stream.signal.aborted ? stream.signal.reason : error);
      } finally {
        clearTimeout(idle);
        this.freshness.connected(false);
      }
      if (this.isClosed) return;
      failures = Math.min(failures + 1, reconnect.maxAttempts);
      await reconnect.sleep(reconnect.delayBefore(failures), this.closed.signal).catch(() => {});
    }
  }
}
