/**
 * Condition key names are case-insensitive (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 * Every key name the engine meets, in a policy or in a request, is mapped once to one shared lowercase string, so
 * that comparing two keys is usually a pointer comparison and a request's context is normalized without lowercasing
 * its keys again on every call.
 */

const canonical = new Map<string, string>();
/** Distinct spellings remembered; past this, keys are still lowercased correctly, just not shared. */
const CANONICAL_LIMIT = 65_536;

/**
 * The engine's own copy of `text` as a property-key string. JavaScript engines keep one copy of each property key
 * (V8 "internalizes" them), so two such strings compare by identity: key lookups then cost a pointer comparison.
 */
function internalize(text: string): string {
  const holder: Record<string, true> = { [text]: true };
  return Object.keys(holder)[0]!;
}

/** The shared lowercase form of a condition key name. */
export function canonicalKey(key: string): string {
  const known = canonical.get(key);
  if (known !== undefined) return known;
  const lower = key.toLowerCase();
  const shared = canonical.get(lower) ?? internalize(lower);
  if (canonical.size < CANONICAL_LIMIT) {
    canonical.set(lower, shared);
    canonical.set(key, shared);
  }
  return shared;
}
