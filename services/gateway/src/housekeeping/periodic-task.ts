/**
 * Work done on a timer in the background (sweeps): started every `intervalMs` (none when not positive), the first
 * run after one interval; a run never overlaps the previous one, and `run()` called meanwhile shares the run under
 * way. The timer does not keep the process alive. `work` must not reject: it logs its own failures.
 */
export class PeriodicTask<T> {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<T> | undefined;

  constructor(
    private readonly intervalMs: number,
    private readonly work: () => Promise<T>,
  ) {}

  /** Starts the timer (once). */
  start(): void {
    if (this.timer !== undefined || !(this.intervalMs > 0)) return;
    this.timer = setInterval(() => void this.run(), this.intervalMs);
    this.timer.unref?.();
  }

  /** Stops the timer; a run under way finishes on its own. */
  stop(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One run now, or the one under way. */
  run(): Promise<T> {
    this.running ??= this.work().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
