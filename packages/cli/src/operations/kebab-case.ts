/** `createUser` -> `create-user`, `assumeRolePolicyDocument` -> `assume-role-policy-document`, as the AWS CLI names. */
export function kebabCase(name: string): string {
  return name.replace(
    /[A-Z]/g,
    (letter, index: number) => `${index === 0 ? '' : '-'}${letter.toLowerCase()}`,
  );
}
