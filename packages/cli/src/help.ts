/** The text of `iamgate --help`. */
export const HELP = `iamgate: identity and access management for your own applications

Usage:
  iamgate configure [--profile NAME] [--url URL] [--access-key-id ID --secret-access-key SECRET] | --list
      Store a profile's gateway URL and access key in ~/.iamgate/credentials (mode 0600), like aws configure.

  iamgate sign-in [--profile NAME] [--url URL] (--email EMAIL | --account ACCOUNT --user-name NAME)
                  [--password-stdin | --password PASSWORD] [--mfa-code CODE [--serial-number ARN]]
  iamgate sign-in [--profile NAME] [--url URL] [--access-key-id ID --secret-access-key SECRET]
      Sign in (as root, as a user with a password, or with an access key) and cache the session in the profile.
      A principal with an MFA device enabled gives its current code with --mfa-code.

  iamgate sign-out [--profile NAME]
      Revoke the profile's session at the gateway and forget it.

  iamgate sign-up [--url URL] --email EMAIL --password PASSWORD [--account-alias ALIAS] [--invitation TOKEN]
      Create an account and its root user, when the gateway allows sign-up (then iamgate sign-in --email).

  iamgate iam COMMAND [--option value ...]       e.g. iam create-user --user-name alice
  iamgate sts COMMAND [--option value ...]       e.g. sts assume-role --role-arn ARN --role-session-name s
  iamgate organizations COMMAND [--option ...]   e.g. organizations invite-account-to-organization --account-id ID
      The gateway's operations, one command each. iamgate iam help (or sts help, organizations help) lists
      them; iamgate iam COMMAND --help lists a command's options. Documents may be given as file://path.

  iamgate authorize --action ACTION --resource ARN [--context JSON] [--principal-arn ARN]
      Ask the gateway for a decision. Exit code 0 when allowed, 3 when denied.

  iamgate services push [--profile NAME] FILE...
      Register an app's service definition (its actions, resource types and condition keys, as AWS's service
      reference describes a service), or make the file the new default version of a registered one.

  iamgate policy validate [--kind KIND] [--services FILE]... [--remote] FILE...
      Validate policy documents (a path, file://path, or inline JSON) as IAM Access Analyzer's
      ValidatePolicy does. KIND is identity (default), resource, trust, boundary, session or guardrail.
      --services checks actions, resources and condition keys against definition files; --remote asks the
      connected gateway, which knows the account's registered services and its own.
      Exit code 1 when any document has an ERROR finding.

  iamgate policy test [--junit FILE] PATH...
      Run policy test suites: files, or directories searched for *.test.json and *.test.yaml. A suite names
      principals (ARN and policies), resources (ARN and resource policy) and tests with the decision each
      action must get (Allow, Deny, ExplicitDeny, ImplicitDeny). Exit code 1 when any decision differs.

  iamgate policy simulate [--fail-on-deny] < requests
      Decide requests read from standard input: one JSON object, or JSON lines for many. Each request is
      { principal, action, resource, context?, policies: { identity?, resource?, permissionsBoundary?,
      session?, guardrails? } }, or a trust request { principal, roleArn, trustPolicy, callerPolicies? }.
      Prints each decision with its reasons. With --fail-on-deny, exit code 3 when any is not Allow.

  iamgate completion bash|zsh|fish
      Print a shell completion script: source <(iamgate completion bash).

Every command takes:
  --output json|table|text   json (the default), boxed tables, or tab-separated lines as the AWS CLI's
  --query EXPR               a JMESPath expression applied to the result before it is printed
  --profile NAME             the profile of ~/.iamgate/credentials (or IAMGATE_PROFILE; default)
  --url URL                  the gateway (or IAMGATE_URL, or the profile's)
  --cli-read-timeout SECONDS how long each request waits for the gateway's answer (60; 0 for ever)
  --version                  print iamgate/VERSION node/VERSION PLATFORM/ARCH
List commands fetch every page and merge them; they take --max-items N (then a nextToken resumes),
--starting-token TOKEN, --page-size N and --no-paginate.
Environment: IAMGATE_URL, IAMGATE_PROFILE, IAMGATE_CONFIG_DIR, IAMGATE_ACCESS_KEY_ID and
IAMGATE_SECRET_ACCESS_KEY or IAMGATE_SESSION_TOKEN, IAMGATE_PASSWORD, IAMGATE_MAX_ATTEMPTS.

Exit codes: 0 ok, 1 validation errors found, 2 usage or input error (nothing sent), 3 denied,
4 the gateway refused (iamgate: <Code>: <message> on stderr), 5 gateway unreachable or no answer in time.
`;
