/**
 * `Principal` / `NotPrincipal` (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html):
 * `"*"`, or an object whose keys are `AWS` (account ids, account root, user, role, role-session and federated-user
 * ARNs, user and role unique ids, or `*`), `Service`, `Federated` and `CanonicalUser`, each with a string or a list.
 * Wildcards other than a lone `*` are not allowed in principals.
 */
import { splitArn } from '../arn.js';
import { parsePrincipal } from '../principal.js';
import { PrincipalSet } from '../principal-match.js';
import { type Findings, type PathSegment, show, typeName } from './findings.js';
import { has, isObject, readStringList } from './string-list.js';

const ACCOUNT_ID = /^\d{12}$/;
/**
 * The unique id of a user (`AIDA…`) or role (`AROA…`). AWS stores a user or role ARN named in a trust policy as this
 * id and shows the id once the entity is deleted (reference_policies_elements_principal.html); iamgate's ids are the
 * prefix and 17 uppercase letters and digits (`AIDAJQABLZS4A3QDU576Q`), AWS's at least 12.
 */
const UNIQUE_ID = /^A(IDA|ROA)[A-Z0-9]{12,}$/;

/** What the kind rules need to know about a statement's principal. */
export interface PrincipalShape {
  present: boolean;
  not: boolean;
  /** True when the element matches everyone (`"*"` or `{"AWS": "*"}`). */
  star: boolean;
}

function addAws(set: PrincipalSet, value: string, path: PathSegment[], findings: Findings): void {
  if (value === '*') {
    set.any = true;
    return;
  }
  if (ACCOUNT_ID.test(value)) {
    set.accounts.add(value);
    return;
  }
  const id = UNIQUE_ID.exec(value);
  if (id !== null) {
    // An id whose entity no longer exists matches nobody; it never makes the statement unusable.
    (id[1] === 'IDA' ? set.userIds : set.roleIds).add(value);
    return;
  }
  if (value.includes('*') || value.includes('?')) {
    findings.error(
      'INVALID_PRINCIPAL',
      path,
      `\`${show(value)}\`: wildcards are not allowed in principals, use \`*\` alone or a condition on \`aws:PrincipalArn\``,
    );
    return;
  }
  const parts = splitArn(value);
  if (parts === null) {
    findings.error(
      'INVALID_PRINCIPAL',
      path,
      `\`${show(value)}\` is neither a 12-digit account id, a user or role id (\`AIDA…\`, \`AROA…\`) nor an arn`,
    );
    return;
  }
  const p = parsePrincipal(value);
  if (p.kind === 'Account') set.partitionAccounts.add(`${p.partition}:${p.account}`);
  else if (p.kind === 'Role') {
    set.roles.push({ arn: value, partition: p.partition!, account: p.account!, name: p.roleName! });
  } else if (p.kind === 'User' || p.kind === 'AssumedRole' || p.kind === 'FederatedUser') set.arns.add(value);
  else {
    findings.error(
      'INVALID_PRINCIPAL',
      path,
      `\`${show(value)}\` is not an account, user, role, role-session or federated-user arn`,
    );
  }
}

/** Parses the principal element of a statement, or returns null when there is none. */
export function parsePrincipalElement(
  statement: Record<string, unknown>,
  path: readonly PathSegment[],
  findings: Findings,
): { set: PrincipalSet | null; shape: PrincipalShape } {
  const hasPrincipal = has(statement, 'Principal');
  const hasNot = has(statement, 'NotPrincipal');
  if (hasPrincipal && hasNot) {
    findings.error(
      'PRINCIPAL_AND_NOT_PRINCIPAL',
      path,
      'a statement cannot have both `Principal` and `NotPrincipal`',
    );
  }
  if (!hasPrincipal && !hasNot) return { set: null, shape: { present: false, not: false, star: false } };
  const element = hasPrincipal ? 'Principal' : 'NotPrincipal';
  const value = statement[element];
  const at = [...path, element];
  const set = new PrincipalSet();
  if (value === '*') set.any = true;
  else if (!isObject(value)) {
    findings.error(
      'INVALID_ELEMENT_TYPE',
      at,
      `\`${element}\` must be \`"*"\` or an object, got ${typeName(value)}`,
    );
  } else {
    if (Object.keys(value).length === 0)
      findings.error('INVALID_PRINCIPAL', at, `\`${element}\` names no principal`);
    for (const [type, list] of Object.entries(value)) {
      const items = readStringList(list, [...at, type], `${element}.${type}`, findings);
      for (const item of items) {
        if (type === 'AWS') addAws(set, item.value, item.path, findings);
        else if (type === 'Service') set.services.add(item.value);
        else if (type === 'Federated' || type === 'CanonicalUser') set.others.add(item.value);
        else {
          findings.error(
            'UNKNOWN_PRINCIPAL_TYPE',
            [...at, type],
            `\`${show(type)}\` is not a principal type: use \`AWS\`, \`Service\`, \`Federated\` or \`CanonicalUser\``,
          );
          break;
        }
      }
    }
  }
  return { set, shape: { present: true, not: !hasPrincipal, star: set.any } };
}
