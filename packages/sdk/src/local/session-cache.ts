import type { PolicySet } from './ports.js';

/** What the evaluator learns of one session from `policySnapshot(sessionId)`. */
export interface SessionInfo {
  /** Whether the session has session policies of its own; without, its principal's policies apply as they are. */
  hasSessionPolicies: boolean;
  /** The session's effective policies at `set.revision`. */
  set: PolicySet;
}

/**
 * The sessions the evaluator has met, by id, looked up once each: a session's session policies are fixed when it is
 * created, so "has none" holds for its whole life, while the policies of a session that has some are read again once
 * the account's revision has moved past them. Concurrent lookups of one session share one request; the least
 * recently met sessions are forgotten past `maxEntries`.
 */
export class SessionCache {
  private readonly entries = new Map<string, Promise<SessionInfo>>();

  constructor(
    private readonly load: (sessionId: string) => Promise<SessionInfo>,
    private readonly maxEntries = 10_000,
  ) {}

  /** The session's info, current as of account revision `revision`. */
  async get(sessionId: string, revision: number): Promise<SessionInfo> {
    const pending = this.entries.get(sessionId);
    if (pending !== undefined) {
      const info = await pending.catch(() => undefined);
      if (info !== undefined && (!info.hasSessionPolicies || info.set.revision >= revision)) {
        this.entries.delete(sessionId);
        this.entries.set(sessionId, pending);
        return info;
      }
      if (this.entries.get(sessionId) === pending) this.entries.delete(sessionId);
    }
    const loading = this.load(sessionId);
    this.entries.set(sessionId, loading);
    loading.catch(() => {
      if (this.entries.get(sessionId) === loading) this.entries.delete(sessionId);
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return loading;
  }
}
