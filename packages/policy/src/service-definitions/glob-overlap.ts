/**
 * Whether two patterns with `*` (any run of characters) and `?` (one character) can match a common string: the
 * intersection of their languages is not empty. Dynamic programming over positions, so it is quadratic in the
 * lengths at worst (patterns come from policies, whose size is bounded), never exponential.
 */
export function patternsOverlap(a: string, b: string): boolean {
  const memo = new Map<number, boolean>();
  const width = b.length + 1;
  const at = (i: number, j: number): boolean => {
    const key = i * width + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === a.length && j === b.length) result = true;
    else if (i < a.length && a[i] === '*') result = at(i + 1, j) || (j < b.length && at(i, j + 1));
    else if (j < b.length && b[j] === '*') result = at(i, j + 1) || (i < a.length && at(i + 1, j));
    else if (i < a.length && j < b.length)
      result = (a[i] === b[j] || a[i] === '?' || b[j] === '?') && at(i + 1, j + 1);
    else result = false;
    memo.set(key, result);
    return result;
  };
  return at(0, 0);
}

/** The six parts of an ARN (the last, the resource, may hold colons), or undefined when it has fewer. */
function arnParts(arn: string): string[] | undefined {
  const parts: string[] = [];
  let start = 0;
  for (let k = 0; k < 5; k++) {
    const colon = arn.indexOf(':', start);
    if (colon < 0) return undefined;
    parts.push(arn.slice(start, colon));
    start = colon + 1;
  }
  parts.push(arn.slice(start));
  return parts;
}

/**
 * Whether two ARN patterns can name a common resource, segment by segment as the engine matches ARNs: a wildcard in
 * the partition, service, region or account stays in its segment; the resource part compares whole. Text that is no
 * ARN compares whole.
 */
export function arnPatternsOverlap(a: string, b: string): boolean {
  const x = arnParts(a);
  const y = arnParts(b);
  if (x === undefined || y === undefined) return patternsOverlap(a, b);
  return x.every((part, i) => patternsOverlap(part, y[i]!));
}
