/** The most distinct service prefixes one process labels; later ones are counted as `other`. */
const MAX_SERVICES = 64;
const PREFIX = /^[a-z0-9-]{1,32}$/;

/**
 * The `service` label of an action: its service prefix (`iam` of `iam:GetUser`), lowercase. Apps name their own
 * actions in `authorize`, so prefixes are caller-controlled: a prefix that is not 1-32 of `[a-z0-9-]` is `invalid`,
 * and past `MAX_SERVICES` distinct ones every new prefix is `other`, which keeps the number of time series bounded
 * however many a caller invents.
 */
export class ServiceLabels {
  private readonly seen = new Set<string>();

  of(action: string): string {
    const colon = action.indexOf(':');
    const prefix = (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
    if (!PREFIX.test(prefix)) return 'invalid';
    if (this.seen.has(prefix)) return prefix;
    if (this.seen.size >= MAX_SERVICES) return 'other';
    this.seen.add(prefix);
    return prefix;
  }
}
