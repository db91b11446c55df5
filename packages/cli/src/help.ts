/** The text of `iamgate --help`. */
export const HELP = `iamgate: identity and access management for your own applications

Usage:
  iamgate policy validate [--kind KIND] [--output json|table] FILE...
      Validate policy documents (a path, file://path, or inline JSON) as IAM Access Analyzer's
      ValidatePolicy does. KIND is identity (default), resource, trust, boundary, session or guardrail.
      Exit code 1 when any document has an ERROR finding.

  iamgate policy simulate [--output json|table] [--fail-on-deny] < requests
      Decide requests read from standard input: one JSON object, or JSON lines for many. Each request is
      { principal, action, resource, context?, policies: { identity?, resource?, permissionsBoundary?,
      session?, guardrails? } }, or a trust request { principal, roleArn, trustPolicy, callerPolicies? }.
      Prints each decision with its reasons. With --fail-on-deny, exit code 3 when any is not Allow.

Exit codes: 0 ok, 1 validation errors found, 2 usage or input error, 3 denied (with --fail-on-deny).
`;
