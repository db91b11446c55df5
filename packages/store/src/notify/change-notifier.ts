import { type ChangeEvent, type ChangeListener, parseChangeEvent } from './change-event.js';

/** Subscribes to a notification channel; returns how to stop. Implemented per driver. */
export type ChannelSubscriber = (onPayload: (payload: string) => void) => Promise<() => Promise<void>>;

/**
 * Fans change notifications out to in-process listeners. Changes are announced with `pg_notify` inside the
 * writing transaction, so Postgres (and PGlite, which is Postgres) delivers them only if and when it commits:
 * across processes on Postgres, in process on PGlite. The writing process also announces its own committed
 * changes at once (`announce`), so the same change can arrive twice: listeners get each account's revisions only
 * in increasing order, each once, and the later copy is dropped.
 */
export class ChangeNotifier {
  private readonly listeners = new Set<ChangeListener>();
  private stop: (() => Promise<void>) | undefined;
  /** The newest revision announced per account. */
  private readonly announced = new Map<string, number>();

  /** `dispatch` runs the delivery to listeners (the store runs it outside any transaction scope). */
  constructor(private readonly dispatch: (deliver: () => void) => void = (deliver) => deliver()) {}

  /** Starts listening on the channel (once, at open, so no committed change is missed afterwards). */
  async start(subscribe: ChannelSubscriber): Promise<void> {
    this.stop = await subscribe((payload) => {
      const event = parseChangeEvent(payload);
      if (event) this.emit(event);
    });
  }

  /** Adds a listener; returns its removal. */
  add(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tells the listeners of this process about changes it committed itself, without waiting for Postgres. */
  announce(events: readonly ChangeEvent[]): void {
    for (const event of events) this.emit(event);
  }

  private emit(event: ChangeEvent): void {
    if (event.type === 'account') {
      if ((this.announced.get(event.accountId) ?? Number.NEGATIVE_INFINITY) >= event.revision) return;
      this.announced.set(event.accountId, event.revision);
    }
    this.dispatch(() => {
      for (const listener of this.listeners) {
        try {
          listener(event);
        } catch {
          // A failing listener must not starve the others; listeners own their error handling.
        }
      }
    });
  }

  /** Stops listening and drops every listener. */
  async close(): Promise<void> {
    this.listeners.clear();
    const stop = this.stop;
    this.stop = undefined;
    await stop?.();
  }
}
