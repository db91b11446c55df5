/** Whether the evaluator can vouch for its snapshot, and since when it cannot. */
export interface FreshnessState {
  /** The newest revision the gateway announced. */
  announced: number;
  /** The revision of the loaded snapshot; `undefined` before the first. */
  loaded: number | undefined;
  /** Whether the revision stream is open, so that a change would be announced. */
  connected: boolean;
  /** Since when (ms since the epoch) the snapshot has not been known to be current; `undefined` while it is. */
  staleSince: number | undefined;
}

/**
 * The rule that turns the evaluator's state into "current" or "stale": the snapshot is current while the revision
 * stream is open and no newer revision has been announced. From the moment either stops being true, decisions keep
 * using the snapshot for at most `maxStalenessMs`, then answer stale until it is current again.
 */
export class Freshness {
  private readonly state: FreshnessState = {
    announced: 0,
    loaded: undefined,
    connected: false,
    staleSince: undefined,
  };

  constructor(
    private readonly maxStalenessMs: number,
    private readonly now: () => Date,
  ) {}

  /** A copy of the state, for `status()`. */
  snapshot(): Readonly<FreshnessState> {
    return { ...this.state };
  }

  /** The stream opened (`true`) or closed (`false`). */
  connected(open: boolean): void {
    this.state.connected = open;
    this.update();
  }

  /** The gateway announced `revision`. */
  announce(revision: number): void {
    this.state.announced = Math.max(this.state.announced, revision);
    this.update();
  }

  /** A snapshot at `revision` was loaded. */
  loaded(revision: number): void {
    this.state.loaded = revision;
    this.update();
  }

  /** Whether the loaded snapshot lags the newest announced revision. */
  behind(): boolean {
    return this.state.loaded === undefined || this.state.loaded < this.state.announced;
  }

  /** Why decisions cannot be made now, or `undefined` when they can. */
  staleReason(): string | undefined {
    if (this.state.loaded === undefined) return 'no policy snapshot has been loaded yet';
    const since = this.state.staleSince;
    if (since === undefined || this.now().getTime() - since <= this.maxStalenessMs) return undefined;
    const why = this.state.connected
      ? `revision ${this.state.announced} is not loaded`
      : 'the revision stream is down';
    return `the policy snapshot (revision ${this.state.loaded}) may be out of date: ${why}`;
  }

  private update(): void {
    const current = this.state.connected && !this.behind();
    if (current) this.state.staleSince = undefined;
    else this.state.staleSince ??= this.now().getTime();
  }
}
