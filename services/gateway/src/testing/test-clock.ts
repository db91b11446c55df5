/** A clock a test moves by hand: token expiry, lockout windows and session renewal without waiting. */
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

/** A clock that runs with the system's, moved ahead by every `advance`. */
export function runningClock(): TestClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (seconds) => {
      offset += seconds * 1000;
    },
  };
}
