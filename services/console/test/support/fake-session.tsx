import type { IamgateClient } from '@iamgate/sdk';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { SessionContext, type SessionState } from '../../src/session/session-context.js';

/**
 * A session whose client's `api` is the given operations, for component tests of forms that call the gateway:
 * each operation is a `vi.fn` recording its input.
 */
export function fakeSession(api: Record<string, (input: never) => Promise<unknown>>) {
  const calls = Object.fromEntries(Object.entries(api).map(([name, fn]) => [name, vi.fn(fn)]));
  const state = {
    session: undefined,
    client: { api: calls } as unknown as IamgateClient,
    actingArn: undefined,
    recentRoles: [],
    signIn: vi.fn(),
    signOut: vi.fn(),
    switchRole: vi.fn(),
    switchBack: vi.fn(),
    sessionEnded: vi.fn(),
    notice: undefined,
  } satisfies SessionState;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SessionContext.Provider value={state}>{children}</SessionContext.Provider>
  );
  return { calls, wrapper };
}
