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
export function deny(actions: string | string[], resources: string | string[] = '*'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Deny', Action: actions, Resource: resources }],
  });
}

/** A trust policy letting `principal` assume a role, as JSON text. */
export function trust(principal: Record<string, string>, extra: object = {}): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
  });
}
