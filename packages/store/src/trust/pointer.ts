/** Formats a path as a JSON pointer (RFC 6901: `~` and `/` escaped as `~0` and `~1`), as `@iamgate/policy` does. */
export function pointer(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return out;
}
