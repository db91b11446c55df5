/** A policy document allowing `actions` on `resources`, as JSON text. */
export function allow(
  actions: string | string[],
  resources: string | string[] = '*',
  extra: object = {},
): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: actions, Resource: resources, ...extra }],
  });
}

/** A policy document denying `actions` on `resources`, as JSON text. */
export function deny(
  actions: string | string[],
  resources: string | string[] = '*',
  extra: object = {},
): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: actions, Resource: resources, ...extra }],
  });
}

/** An IAM policy variable such as `${aws:username}` (built so it does not read as a template literal). */
export function variable(name: string): string {
  return ['$', '{', name, '}'].join('');
}
