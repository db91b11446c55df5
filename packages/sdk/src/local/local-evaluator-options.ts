/** Options of `client.localEvaluator()`. */
export interface LocalEvaluatorOptions {
  /**
   * Follow one principal (a user, role or root ARN) rather than every principal of the client's account. The
   * client needs `iamgate:GetPolicySnapshot` on it (on the account's root ARN for the whole account).
   */
  principal?: string;
  /**
   * How long decisions may still use a snapshot that is not known to be current (the revision stream is down, or a
   * newer revision is announced but not loaded yet) before they answer `stale`. Default 10,000 ms; 0 answers stale
   * as soon as currency is in doubt.
   */
  maxStalenessMs?: number;
  /**
   * A revision stream that sends nothing for this long, not even the gateway's keep-alive pings (every 12 s), is
   * taken for dead and reopened. Default 45,000 ms.
   */
  idleTimeoutMs?: number;
  /**
   * Sessions looked up one by one (those the snapshot has no entry for) that are remembered; the least recently met
   * are forgotten first. Default 10,000.
   */
  maxSessions?: number;
  /** Waits between reconnections: exponential from `baseDelayMs` (250) to `maxDelayMs` (10,000), with jitter. */
  reconnect?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Called with every failure to follow the gateway (for logs); the evaluator keeps trying until closed. */
  onError?: (error: unknown) => void;
}
