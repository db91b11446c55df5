import type { IamgateClient } from '@iamgate/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../session/session-context.js';
import { isSessionEnded, type Problem, toProblem } from './problem.js';

/** A read: its value, its problem, and a way to read again (after a change, or to retry). */
export interface Query<T> {
  data: T | undefined;
  problem: Problem | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Reads with the session's client whenever `deps` change; a newer read wins over an older one still in flight.
 * A refused session signs the console out.
 */
export function useQuery<T>(read: (client: IamgateClient) => Promise<T>, deps: readonly unknown[]): Query<T> {
  const { client, sessionEnded } = useSession();
  const [state, setState] = useState<{ data: T | undefined; problem: Problem | undefined; loading: boolean }>(
    {
      data: undefined,
      problem: undefined,
      loading: true,
    },
  );
  const [generation, setGeneration] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    const id = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    read(client).then(
      (data) => {
        if (id === latest.current) setState({ data, problem: undefined, loading: false });
      },
      (error: unknown) => {
        if (id !== latest.current) return;
        const problem = toProblem(error);
        if (isSessionEnded(problem)) sessionEnded();
        setState({ data: undefined, problem, loading: false });
      },
    );
  }, [client, generation, ...deps]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, reload };
}

/** A change: run it, know while it runs, and keep its problem to show. */
export interface Action {
  pending: boolean;
  problem: Problem | undefined;
  /** Runs `change`; resolves to its value, or `undefined` when it failed (the problem is then set). */
  run: <T>(change: (client: IamgateClient) => Promise<T>) => Promise<T | undefined>;
  /**
   * Runs `change`, then `then` once it is made (most often: read again what it changed); resolves to whether it was
   * made.
   */
  runThen: (change: (client: IamgateClient) => Promise<unknown>, then: () => void) => Promise<boolean>;
  clear: () => void;
}

export function useAction(): Action {
  const { client, sessionEnded } = useSession();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<Problem | undefined>();
  const run = useCallback(
    async <T>(change: (client: IamgateClient) => Promise<T>): Promise<T | undefined> => {
      setPending(true);
      setProblem(undefined);
      try {
        return await change(client);
      } catch (error) {
        const p = toProblem(error);
        if (isSessionEnded(p)) sessionEnded();
        setProblem(p);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [client, sessionEnded],
  );
  const runThen = useCallback(
    async (change: (client: IamgateClient) => Promise<unknown>, then: () => void) => {
      // Made means it did not fail: a change may resolve to nothing.
      const made = await run(async (client) => {
        await change(client);
        return true;
      });
      if (made === undefined) return false;
      then();
      return true;
    },
    [run],
  );
  const clear = useCallback(() => setProblem(undefined), []);
  return { pending, problem, run, runThen, clear };
}
