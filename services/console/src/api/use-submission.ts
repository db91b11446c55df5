import { useState } from 'react';
import { type Problem, toProblem } from './problem.js';

/**
 * A form that acts on the session itself (sign in, sign up, switch role), so it cannot use `useAction`, which
 * runs a change with the session's client: whether it is running, and the problem it ended with.
 */
export function useSubmission() {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  /** Runs `work`; a problem that `handled` takes care of (returning true) is not shown. */
  const submit = async (work: () => Promise<void>, handled?: (problem: Problem) => boolean) => {
    setPending(true);
    setProblem(undefined);
    try {
      await work();
    } catch (error) {
      const p = toProblem(error);
      if (handled?.(p) !== true) setProblem(p);
    } finally {
      setPending(false);
    }
  };
  return { pending, problem, submit };
}
