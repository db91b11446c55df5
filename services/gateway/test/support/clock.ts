/** A clock tests move by hand: token expiry and lockout windows without waiting. */
export interface TestClock {
  now: () => Date;
  advance: (seconds: number) => void;
}

/** A clock frozen at `start` (the real time by default) until advanced. */
export function testClock(start = new Date()): TestClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (seconds) => {
      current += seconds * 1000;
    },
  };
}
