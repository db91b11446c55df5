import { availableParallelism } from 'node:os';
import { StoreError } from '../errors.js';

/** How many password hashes may run at once and how many may wait for a turn. */
export interface HashLimits {
  /** Hashes computed at the same time. */
  concurrency: number;
  /** Hashes waiting for a turn; one more is refused with `Throttling`. */
  queue: number;
}

/**
 * The limits for this machine: one hash per core but one, so that a core (and libuv's other pool threads, which
 * also sign tokens and read files) stays free for everything else; and a queue of 32, which at Argon2id's ~15 ms
 * per hash is well under a second of waiting.
 */
export function machineHashLimits(): HashLimits {
  return { concurrency: Math.max(1, availableParallelism() - 1), queue: 32 };
}

/** What a caller of `HashLimiter.run` may ask for. */
export interface HashTurn {
  /**
   * Go before every waiting job, and never be refused for a full queue: for hashes computed inside an open
   * database transaction, which holds a connection (on PGlite, the only one) for as long as it waits. There are
   * at most as many of those as open transactions, so the queue stays bounded.
   */
  urgent?: boolean;
}

/**
 * A semaphore with a bounded wait queue for password hashing. A password hash is memory-hard and runs on libuv's
 * thread pool (four threads by default), which token signing, `node:crypto` and file I/O share: unbounded, a burst
 * of sign-ins fills the pool and every other request waits behind it, and memory grows with the burst. Bounded,
 * memory is at most `concurrency` hashes' worth and the pool always has threads to spare. When even the queue is
 * full the caller is refused at once with `Throttling` (the gateway answers 429 with `Retry-After`).
 *
 * @example
 * const hashed = await passwordHashLimiter.run(() => hashArgon2id(password, DEFAULT_ARGON2));
 */
export class HashLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private limits: HashLimits) {
    checkLimits(limits);
  }

  /** Changes the limits; jobs already running or waiting keep their place. */
  configure(limits: HashLimits): void {
    this.limits = checkLimits(limits);
    while (this.active < this.limits.concurrency && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift()?.();
    }
  }

  /** The limits in force and how many jobs run and wait now. */
  stats(): HashLimits & { active: number; queued: number } {
    return { ...this.limits, active: this.active, queued: this.waiting.length };
  }

  /** Runs `job` when a turn is free; `Throttling` at once when the queue is full. */
  async run<T>(job: () => Promise<T>, turn: HashTurn = {}): Promise<T> {
    await this.acquire(turn.urgent === true);
    try {
      return await job();
    } finally {
      this.release();
    }
  }

  private acquire(urgent: boolean): Promise<void> {
    if (this.active < this.limits.concurrency) {
      this.active++;
      return Promise.resolve();
    }
    if (!urgent && this.waiting.length >= this.limits.queue) {
      return Promise.reject(
        new StoreError('Throttling', 'too many password checks are waiting: try again shortly', {
          details: { retryAfterSeconds: 1 },
        }),
      );
    }
    return new Promise((resolve) => {
      if (urgent) this.waiting.unshift(resolve);
      else this.waiting.push(resolve);
    });
  }

  private release(): void {
    // INVARIANT: a freed turn passes straight to the next waiter, so `active` never exceeds the concurrency.
    const next = this.active <= this.limits.concurrency ? this.waiting.shift() : undefined;
    if (next) next();
    else this.active--;
  }
}

function checkLimits(limits: HashLimits): HashLimits {
  if (!Number.isInteger(limits.concurrency) || limits.concurrency < 1 || !Number.isInteger(limits.queue)) {
    throw new StoreError('InvalidConfiguration', 'hash limits need a concurrency of 1 or more', {
      details: { field: 'hashLimits' },
    });
  }
  if (limits.queue < 0) {
    throw new StoreError('InvalidConfiguration', 'the hash queue cannot be negative', {
      details: { field: 'hashLimits' },
    });
  }
  return limits;
}

/**
 * The one limiter of the process: the thread pool and the memory it protects are the process's, so every store
 * opened in it (and every repository bound to a transaction) shares it. Change it with
 * `configurePasswordHashLimits`.
 */
export const passwordHashLimiter = new HashLimiter(machineHashLimits());

/**
 * Sets how many password hashes run at once in this process and how many may wait (default
 * `machineHashLimits()`). Call it at start-up; tests use it to make a full queue.
 */
export function configurePasswordHashLimits(limits: HashLimits): void {
  passwordHashLimiter.configure(limits);
}
