/**
 * How a GraphQL field says how it is authorized: the option of the gateway's Pothos plugin (`authz`) and of
 * `@iamgate/middleware/pothos` (`iamgate`), and the `extensions.iamgate` of a field definition that the middleware's
 * `useIamgate` reads. A field is checked as one IAM action, or is public.
 */

/** A field checked as one IAM action (`orders:GetOrder`, `iam:CreateUser`). */
export interface ActionFieldAuthorization {
  action: string;
}

/** A field anyone may call. `because` says why, for reviewers; the gateway requires it. */
export interface PublicFieldAuthorization {
  public: true;
  because?: string;
}

/**
 * The authorization option of a field: an action rule (the gateway's rules add how the target ARN is built and
 * more, the middleware's is the action alone), or public.
 *
 * @example
 * const option: FieldAuthorization = { action: 'orders:GetOrder' };
 * const open: FieldAuthorization = { public: true, because: 'the health check' };
 */
export type FieldAuthorization<Rule extends ActionFieldAuthorization = ActionFieldAuthorization> =
  | Rule
  | PublicFieldAuthorization;

/** Whether an authorization option marks a public field. */
export function isPublicField<Rule extends ActionFieldAuthorization>(
  option: FieldAuthorization<Rule>,
): option is PublicFieldAuthorization {
  return 'public' in option && option.public === true;
}
