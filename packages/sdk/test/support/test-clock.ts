/** A clock tests move by hand, for session expiry without waiting. */
export interface TestClock {
  now: () => Date;
  advance: (seconds: number) => void;
}

/** A clock frozen at `start` until advanced. */
export function testClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (seconds) => {
      current += seconds * 1000;
    },
  };
}
