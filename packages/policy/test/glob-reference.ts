/** The textbook dynamic program over a `*`/`?` pattern and a value: O(pattern × value), obviously right. */
export function globReference(pattern: string, value: string): boolean {
  let row = new Array<boolean>(value.length + 1).fill(false);
  row[0] = true;
  for (const p of pattern) {
    const next = new Array<boolean>(value.length + 1).fill(false);
    next[0] = p === '*' && row[0]!;
    for (let j = 1; j <= value.length; j++) {
      if (p === '*') next[j] = row[j]! || next[j - 1]!;
      else next[j] = (p === '?' || p === value[j - 1]) && row[j - 1]!;
    }
    row = next;
  }
  return row[value.length]!;
}
