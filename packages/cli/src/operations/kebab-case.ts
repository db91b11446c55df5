/**
 * `createUser` -> `create-user`, `assumeRolePolicyDocument` -> `assume-role-policy-document`, and acronyms kept
 * whole: `createVirtualMFADevice` -> `create-virtual-mfa-device`, `clientIDList` -> `client-id-list`, as the AWS
 * CLI names them.
 */
export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}
