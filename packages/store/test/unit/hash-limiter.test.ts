import { describe, expect, it } from 'vitest';
import { HashLimiter, machineHashLimits, passwordHashLimiter } from '../../src/secrets/hash-limiter.js';

/** A job the test finishes by hand, and whether it has started. */
function gate() {
  let release: (() => void) | undefined;
  const state = { started: false, opened: false };
  const job = () => {
    state.started = true;
    return state.opened ? Promise.resolve() : new Promise<void>((resolve) => (release = resolve));
  };
  const open = () => {
    state.opened = true;
    release?.();
  };
  return { job, state, open };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('hash limiter', () => {
  it('runs at most `concurrency` jobs, queues `queue` more in order, and refuses the rest with Throttling', async () => {
    const limiter = new HashLimiter({ concurrency: 2, queue: 2 });
    const jobs = Array.from({ length: 4 }, gate);
    const runs = jobs.map((g) => limiter.run(g.job));
    await tick();
    expect(jobs.map((g) => g.state.started)).toEqual([true, true, false, false]);
    expect(limiter.stats()).toMatchObject({ active: 2, queued: 2 });
    await expect(limiter.run(async () => 'refused')).rejects.toMatchObject({
      code: 'Throttling',
      details: { retryAfterSeconds: 1 },
    });
    jobs[1]?.open();
    await tick();
    expect(jobs.map((g) => g.state.started)).toEqual([true, true, true, false]);
    for (const g of jobs) g.open();
    await Promise.all(runs);
    await tick();
    expect(jobs.every((g) => g.state.started)).toBe(true);
    expect(limiter.stats()).toMatchObject({ active: 0, queued: 0 });
  });

  it('puts urgent jobs (hashes inside a transaction) first, even when the queue is full', async () => {
    const limiter = new HashLimiter({ concurrency: 1, queue: 1 });
    const running = gate();
    const waiting = gate();
    const urgent = gate();
    const runs = [
      limiter.run(running.job),
      limiter.run(waiting.job),
      limiter.run(urgent.job, { urgent: true }),
    ];
    await tick();
    running.open();
    await tick();
    expect([waiting.state.started, urgent.state.started]).toEqual([false, true]);
    urgent.open();
    await tick();
    waiting.open();
    await Promise.all(runs);
  });

  it('frees the turn of a job that throws', async () => {
    const limiter = new HashLimiter({ concurrency: 1, queue: 0 });
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });

  it('sizes the process-wide limiter from the machine: a core kept free, a few dozen waiting', () => {
    expect(machineHashLimits().concurrency).toBeGreaterThanOrEqual(1);
    expect(passwordHashLimiter.stats()).toMatchObject({ ...machineHashLimits(), active: 0, queued: 0 });
    expect(() => new HashLimiter({ concurrency: 0, queue: 1 })).toThrow(
      expect.objectContaining({ code: 'InvalidConfiguration' }),
    );
  });
});
