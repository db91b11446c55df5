/**
 * The class name of an error code: the code with `Error` appended (`AccessDenied` -> `AccessDeniedError`), or the
 * code itself when it already ends with it (AWS's `ValidationError`).
 */
export function errorClassName(code: string): string {
  return code.endsWith('Error') ? code : `${code}Error`;
}
