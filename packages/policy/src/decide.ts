/**
 * AWS's evaluation order over the layers of one request
 * (docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html, and
 * docs/policy-semantics.md "The order"). Used by `evaluate` and, with `trust` set, by `evaluateTrust`.
 */
import { ArnValue } from './arn-pattern.js';
import type { ContextEntries } from './context.js';
import { policySetFor, singleSetFor } from './policy-set.js';
import { parsePrincipalCached } from './principal.js';
import { NAMES_EXACT, NAMES_NONE, NAMES_ROLE, NAMES_USER } from './principal-match.js';
import { Scan } from './scan.js';
import type { Decision, Layer, PolicyInput, RequestPolicies } from './types.js';

/** One request for the shared decision procedure. */
export interface DecideInput {
  principal: string;
  action: string;
  resource: string;
  resourceAccount: string | undefined;
  context: ContextEntries;
  resourcePolicy: PolicyInput | undefined;
  policies: Omit<RequestPolicies, 'resource'>;
  /** Trust mode: the resource policy is a role's trust policy and must allow even within one account. */
  trust: boolean;
}

function result(scan: Scan, decision: Decision['decision'], failedLayer?: Layer): Decision {
  const out: Decision = {
    decision,
    deniedBy: scan.deniedBy,
    allowedBy: scan.allowedBy,
    missingContextKeys: scan.context.missingKeys(),
    errors: scan.errors,
  };
  if (failedLayer !== undefined) out.failedLayer = failedLayer;
  return out;
}

/** `guardrail[0]`, `guardrail[1]`, ...: made once. */
const GUARDRAIL_PREFIXES = Array.from({ length: 16 }, (_, l) => `guardrail[${l}]`);

/** Scans every layer that applies, recording what each said on `scan`. */
function scanLayers(scan: Scan, input: DecideInput, isRoot: boolean): void {
  const { policies } = input;
  // Guardrails do not apply to service principals.
  if (scan.principal.kind !== 'Service' && policies.guardrails != null) {
    const levels = policies.guardrails;
    for (let l = 0; l < levels.length; l++) {
      const set = policySetFor(levels[l]!, GUARDRAIL_PREFIXES[l] ?? `guardrail[${l}]`);
      if (scan.scan('guardrail', set) === NAMES_NONE) scan.guardrailsOk = false;
    }
  }
  if (input.resourcePolicy != null) {
    scan.named = scan.scan('resource', singleSetFor(input.resourcePolicy, 'resource[0]'), true);
  }
  // The root user has no identity, boundary or session policies: they do not apply to it.
  if (isRoot) return;
  if (policies.identity != null) {
    scan.identityOk = scan.scan('identity', policySetFor(policies.identity, 'identity')) !== NAMES_NONE;
  }
  if (policies.permissionsBoundary != null) {
    const set = singleSetFor(policies.permissionsBoundary, 'permissionsBoundary[0]');
    scan.boundaryOk = scan.scan('permissionsBoundary', set) !== NAMES_NONE;
  }
  if (policies.session != null && policies.session.length > 0) {
    scan.sessionOk = scan.scan('session', policySetFor(policies.session, 'session')) !== NAMES_NONE;
  } else if (scan.principal.kind === 'FederatedUser') {
    // "If you do not pass any session policies, then the resulting federated user session has no permissions"
    // (id_credentials_temp_control-access_getfederationtoken.html): only a grant naming the session itself allows.
    scan.sessionOk = false;
  }
}

/** The caller's own side: identity, then boundary, then session. Root's own side always allows. */
function callerSide(scan: Scan, isRoot: boolean): Decision {
  if (isRoot) return result(scan, 'Allow');
  if (!scan.identityOk) return result(scan, 'ImplicitDeny', 'identity');
  if (!scan.boundaryOk) return result(scan, 'ImplicitDeny', 'permissionsBoundary');
  if (!scan.sessionOk) return result(scan, 'ImplicitDeny', 'session');
  return result(scan, 'Allow');
}

/** Evaluates one request in AWS's order. Never throws on policy content. */
export function decide(input: DecideInput): Decision {
  const principal = parsePrincipalCached(input.principal);
  const resource = new ArnValue(input.resource);
  const hasBoundary = input.policies.permissionsBoundary != null;
  const scan = new Scan(input.action, resource, principal, input.context, hasBoundary);
  const isRoot = principal.kind === 'Account';
  scanLayers(scan, input, isRoot);

  if (scan.deniedBy.length > 0) return result(scan, 'ExplicitDeny');
  // "You cannot use AWS account root user credentials to call AssumeRole" (STS API_AssumeRole.html); tagging the
  // session and setting its source identity happen only within that call.
  if (input.trust && isRoot) return result(scan, 'ImplicitDeny', 'identity');
  if (!scan.guardrailsOk) return result(scan, 'ImplicitDeny', 'guardrail');

  const resourceAccount = input.resourceAccount ?? resource.account() ?? principal.account;
  const crossAccount = principal.account !== undefined && resourceAccount !== principal.account;
  const named = scan.named;
  // A trust policy must allow explicitly, even within one account; across accounts any resource policy must.
  if (named === NAMES_NONE && (input.trust || crossAccount)) return result(scan, 'ImplicitDeny', 'resource');
  if (crossAccount) return callerSide(scan, isRoot);
  if (isRoot || named === NAMES_EXACT) return result(scan, 'Allow');
  // An Allow naming the IAM user needs neither identity policies nor the boundary, but the session policies of a
  // session of that user still cap it (**iamgate** user sessions; access_policies.html#policies_session).
  if (named === NAMES_USER)
    return scan.sessionOk ? result(scan, 'Allow') : result(scan, 'ImplicitDeny', 'session');
  // An Allow naming the caller's role counts like an identity grant (still capped); naming the account delegates.
  // Trust policies follow the same rule (reference_policies_elements_principal.html#principal-roles).
  if (named === NAMES_ROLE) scan.identityOk = true;
  return callerSide(scan, isRoot);
}
