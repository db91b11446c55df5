import { invalidInput } from './errors.js';

/**
 * Input checks with AWS's patterns and lengths (`IAM/latest/APIReference/API_CreateUser.html`,
 * `API_CreateGroup.html`, `API_CreateRole.html`, `API_CreatePolicy.html`, `API_CreateAccountAlias.html`).
 */

const NAME_PATTERN = /^[\w+=,.@-]+$/;
const PATH_PATTERN = /^(\/|\/[\u0021-\u007E]+\/)$/;
const PATH_PREFIX_PATTERN = /^\/[\u0021-\u007F]*$/;
const ALIAS_PATTERN = /^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$/;

/** Maximum name lengths per entity (`reference_iam-quotas.html`). */
export const NAME_MAX = {
  user: 64,
  group: 128,
  role: 64,
  policy: 128,
  workload: 128,
  inlinePolicy: 128,
  mfaDevice: 226,
} as const;

/** Checks an entity name: 1..max characters of `[\w+=,.@-]`. */
export function checkName(kind: keyof typeof NAME_MAX, name: string): string {
  if (
    typeof name !== 'string' ||
    name.length < 1 ||
    name.length > NAME_MAX[kind] ||
    !NAME_PATTERN.test(name)
  ) {
    throw invalidInput(`${kind} name \`${name}\` must be 1 to ${NAME_MAX[kind]} characters of [\\w+=,.@-]`, {
      field: 'name',
    });
  }
  return name;
}

/** Checks a path (`/` or `/a/b/`, at most 512 characters); the default is `/`. */
export function checkPath(path: string | undefined): string {
  const p = path ?? '/';
  if (p.length > 512 || !PATH_PATTERN.test(p)) {
    throw invalidInput(`path \`${p}\` must be \`/\` or start and end with \`/\` (at most 512 characters)`, {
      field: 'path',
    });
  }
  return p;
}

/** Checks a path prefix filter (`/`, `/division_abc/`...). */
export function checkPathPrefix(prefix: string): string {
  if (prefix.length > 512 || !PATH_PREFIX_PATTERN.test(prefix)) {
    throw invalidInput(`path prefix \`${prefix}\` must start with \`/\``, { field: 'pathPrefix' });
  }
  return prefix;
}

/** Checks an account alias: 3..63 lowercase letters, digits and single hyphens, not at either end. */
export function checkAlias(alias: string): string {
  if (!ALIAS_PATTERN.test(alias)) {
    throw invalidInput(
      `account alias \`${alias}\` must be 3 to 63 lowercase letters, digits and single hyphens`,
      {
        field: 'alias',
      },
    );
  }
  // An alias that looks like an account id would make sign-in by "account id or alias" ambiguous.
  if (/^\d{12}$/.test(alias))
    throw invalidInput(`account alias \`${alias}\` must not be 12 digits`, { field: 'alias' });
  return alias;
}

/** Checks a description (at most 1,000 characters). */
export function checkDescription(description: string | undefined | null): string | null {
  if (description === undefined || description === null) return null;
  if (description.length > 1000)
    throw invalidInput('description is longer than 1000 characters', { field: 'description' });
  return description;
}

/** Checks an e-mail address loosely (one `@`, no spaces, at most 320 characters). */
export function checkEmail(email: string): string {
  if (email.length > 320 || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw invalidInput(`\`${email}\` is not an e-mail address`, { field: 'email' });
  }
  return email;
}
