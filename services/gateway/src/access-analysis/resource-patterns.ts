/**
 * How many resources of one type a generated statement lists before it names the type's pattern instead
 * (`arn:P:orders::A:order/*`): enough that the list is no longer a list of exceptions.
 */
export const MANY_OF_A_TYPE = 5;

interface Split {
  /** `arn:P:service:region:account:type` and the separator after it (`/` or `:`), or the whole value. */
  type: string;
  /** What follows the type and its separator. */
  rest: string;
}

function split(resource: string): Split | undefined {
  const parts = resource.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const head = parts.slice(0, 5).join(':');
  const resourcePart = parts.slice(5).join(':');
  const at = resourcePart.search(/[/:]/);
  if (at < 0) return undefined;
  return { type: `${head}:${resourcePart.slice(0, at + 1)}`, rest: resourcePart.slice(at + 1) };
}

/**
 * Resource patterns that cover the resources used, wildcarded the way a reviewer would: `*` when a call had no
 * resource; resources sharing a path below their type become that path's pattern (`user/eng/alice` and
 * `user/eng/bob` → `user/eng/*`); a type with `MANY_OF_A_TYPE` or more patterns left becomes the type's pattern
 * (`order/*`); anything else is listed as it is. Sorted, without duplicates.
 *
 * @example
 * resourcePatterns(['arn:iamgate:iam::111122223333:user/eng/alice', 'arn:iamgate:iam::111122223333:user/eng/bob']);
 * // ['arn:iamgate:iam::111122223333:user/eng/*']
 */
export function resourcePatterns(resources: readonly (string | null)[]): string[] {
  if (resources.some((r) => r === null || r === '*')) return ['*'];
  const byType = new Map<string, Set<string>>();
  const plain = new Set<string>();
  for (const resource of resources as string[]) {
    const s = split(resource);
    if (s === undefined) plain.add(resource);
    else byType.set(s.type, (byType.get(s.type) ?? new Set()).add(s.rest));
  }
  const out = [...plain];
  for (const [type, rests] of byType) {
    // Bucket by parent path below the type: a bucket of two or more shares a path, so it becomes `path/*`.
    const byParent = new Map<string, string[]>();
    for (const rest of rests) {
      const parent = rest.slice(0, rest.lastIndexOf('/') + 1);
      byParent.set(parent, [...(byParent.get(parent) ?? []), rest]);
    }
    const patterns: string[] = [];
    for (const [parent, members] of byParent) {
      if (parent !== '' && members.length >= 2) patterns.push(`${type}${parent}*`);
      else patterns.push(...members.map((m) => `${type}${m}`));
    }
    if (patterns.length >= MANY_OF_A_TYPE) out.push(`${type}*`);
    else out.push(...patterns);
  }
  return [...new Set(out)].sort();
}
