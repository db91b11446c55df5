import { type SQL, sql } from 'drizzle-orm';
import type { CandidateQuery } from './sign-in-candidate.js';
import { type ReservationTerms, reservationUpsert, type ThrottleRule } from './sign-in-throttle.js';

const PREPARED_NAMES: Record<CandidateQuery['kind'], string> = {
  root: 'iamgate_sign_in_root',
  user: 'iamgate_sign_in_user',
  accessKey: 'iamgate_sign_in_access_key',
};

/** A rule's terms read from the `terms` CTE, whose columns are prefixed `p_` (principal) or `s_` (source). */
function termsOf(prefix: 'p' | 's', key: string): ReservationTerms {
  const term = (name: string) => sql.raw(`(select ${prefix}_${name} from terms)`);
  return {
    key: sql.raw(key),
    now: sql.raw('(select now from terms)'),
    windowStart: term('window_start'),
    maxAttempts: term('max'),
    lockedUntil: term('locked_until'),
  };
}

/**
 * The first statement of a sign-in, one per kind of credentials and of constant text, so that it is prepared once
 * per connection (on PGlite, parsing and planning these CTEs costs several times their execution): it reserves the
 * attempt on the principal and, only when that is allowed, on the source address, and reads what the credentials
 * must match (`candidateQuery`). Its one parameter is the input as `jsonb`.
 */
export function attemptStatement(
  query: CandidateQuery,
  limits: { principal: ThrottleRule; source: ThrottleRule },
  sourceKey: string,
  now: Date,
): { name: string; sql: SQL } {
  const at = (ms: number) => new Date(ms).toISOString();
  const rule = (r: ThrottleRule) => ({
    windowStart: at(now.getTime() - r.windowSeconds * 1000),
    max: r.maxAttempts,
    lockedUntil: at(now.getTime() + r.lockoutSeconds * 1000),
  });
  const json = JSON.stringify({
    ...query.data,
    now: now.toISOString(),
    sourceKey,
    principal: rule(limits.principal),
    source: rule(limits.source),
  });
  const principalAllowed = sql.raw(`exists (select 1 from principal p, terms
    where p.attempts <= terms.p_max and not coalesce(p.locked_until > terms.now, false))`);
  return {
    name: PREPARED_NAMES[query.kind],
    sql: sql`with input as (select (${json}::text)::jsonb as j),
      terms as (select (j->>'now')::timestamptz as now,
          (j->'principal'->>'windowStart')::timestamptz as p_window_start,
          (j->'principal'->>'max')::int as p_max,
          (j->'principal'->>'lockedUntil')::timestamptz as p_locked_until,
          (j->'source'->>'windowStart')::timestamptz as s_window_start,
          (j->'source'->>'max')::int as s_max,
          (j->'source'->>'lockedUntil')::timestamptz as s_locked_until
        from input),
      ${sql.raw(query.ctes)},
      principal as (${reservationUpsert(termsOf('p', query.key))}),
      source as (${reservationUpsert(termsOf('s', `(select j->>'sourceKey' from input)`), principalAllowed)})
      select (select row_to_json(p) from principal p) as principal,
        (select row_to_json(s) from source s) as source,
        (select row_to_json(f) from found f) as found ${sql.raw(query.columns)}`,
  };
}
