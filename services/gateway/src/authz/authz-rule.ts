import type { ContextValue, Decision, PolicyInput } from '@iamgate/policy';
import type { ActionFieldAuthorization, PublicFieldAuthorization } from '@iamgate/policy/contracts';

/** A value or a promise of it. */
export type MaybePromise<T> = T | Promise<T>;

/** The target of an operation: its ARN and, when it has them, its tags (for `aws:ResourceTag/*`). */
export interface AuthzTarget {
  arn: string;
  /** The account that owns the target; derived from the ARN when absent. */
  accountId?: string;
  tags?: readonly { key: string; value: string }[];
  /**
   * For an existing entity the caller named without its path: how a denial names it to a caller who may not
   * read it (`readAction`, e.g. `iam:GetUser`), namely by `arn`, the path-less ARN a missing entity would have.
   * A refused caller then learns neither the entity's path nor whether it exists.
   */
  concealedAs?: { arn: string; readAction: string };
}

/** What a rule's builders receive: the field's arguments, its parent object and the request context. */
export interface AuthzInput<Ctx, Parent, Args> {
  args: Args;
  parent: Parent;
  ctx: Ctx;
}

/**
 * How a field is authorized: the action (`iam:CreateUser`) on a target whose ARN is built from the field's
 * arguments or parent, with optional operation-specific condition keys. Declared on the field (the `authz` option)
 * so that resolver bodies never decide access themselves.
 *
 * @example
 * authz: { action: 'iam:GetUser', resource: ({ args, ctx }) => ctx.targets.user(args.userName) }
 */
export interface AuthzRule<Ctx, Parent, Args> extends ActionFieldAuthorization {
  resource: (input: AuthzInput<Ctx, Parent, Args>) => MaybePromise<string | AuthzTarget>;
  /** Condition keys of the operation (`aws:RequestTag/*`, `aws:TagKeys`, `iam:PolicyARN`...). */
  context?: (input: AuthzInput<Ctx, Parent, Args>) => MaybePromise<Record<string, ContextValue>>;
  /**
   * Identity-based grants that an account setting gives besides the caller's policies, e.g. the password policy's
   * `AllowUsersToChangePassword`, which lets every user change their own password
   * (`IAM/latest/UserGuide/id_credentials_passwords_account-policy.html`). They join the identity layer, so
   * explicit denies, boundaries and session policies still apply to them.
   */
  grants?: (input: AuthzInput<Ctx, Parent, Args>) => MaybePromise<PolicyInput[]>;
  /**
   * Replaces the identity-based decision for operations AWS authorizes another way: `sts:AssumeRole` is decided by
   * the role's trust policy (`evaluateTrust`), `sts:GetCallerIdentity` needs no permission. `undefined` falls back
   * to the standard decision.
   */
  decide?: (input: AuthzDecideInput<Ctx, Parent, Args>) => MaybePromise<Decision | undefined>;
  /**
   * Further permissions the operation needs, each decided like the operation's own (or by its `decide`): the first
   * that is not allowed refuses the call and is the one the denial names, e.g. `iam:PassRole` on the role a
   * workload is given (`IAM/latest/UserGuide/id_roles_use_passrole.html`) or `sts:TagSession`.
   */
  also?: (input: AuthzInput<Ctx, Parent, Args>) => MaybePromise<AuthzCheck[]>;
  /**
   * For a mutation whose resolver writes its change and the call's audit event atomically itself (`takeCallAudit`):
   * in one statement (`sessions.create(input, { audit })`), or through a store method that runs its own transaction.
   * The call then runs without the gateway's transaction: hot mutations (`assumeRole`) save its BEGIN and COMMIT
   * round trips, and a mutation can record what must outlive its refusal (an attempt counted before a check).
   */
  selfAudited?: true;
  /**
   * Other accounts whose audit log records the call too, allowed or refused: the owner of another account's resource
   * the call concerns (a role assumed across accounts), as CloudTrail records such calls in both accounts.
   */
  auditAlsoIn?: (input: AuthzInput<Ctx, Parent, Args>) => MaybePromise<readonly string[]>;
}

/** What a rule's `decide` receives: the input, the resolved target and the operation's condition keys. */
export interface AuthzDecideInput<Ctx, Parent, Args> extends AuthzInput<Ctx, Parent, Args> {
  target: AuthzTarget;
  context: Record<string, ContextValue>;
}

/** One more permission an operation needs (see `AuthzRule.also`). */
export interface AuthzCheck {
  action: string;
  resource: AuthzTarget;
  context?: Record<string, ContextValue>;
  /** Decides instead of the caller's identity-based policies (a trust policy). */
  decide?: () => MaybePromise<Decision>;
}

/**
 * A field anyone may call (sign-in, the trivial health query). `because` says why, for reviewers, and is required
 * here; such fields authenticate and audit themselves.
 */
export interface PublicField extends PublicFieldAuthorization {
  because: string;
}

/**
 * The `authz` option of a field: a `FieldAuthorization<AuthzRule>` of `@iamgate/policy/contracts`, the shape
 * `@iamgate/middleware/pothos` takes too (`AuthzRule` extends its `ActionFieldAuthorization` with how the target is
 * built, `PublicField` its `PublicFieldAuthorization` with a required `because`).
 */
export type FieldAuthz<Ctx, Parent, Args> = AuthzRule<Ctx, Parent, Args> | PublicField;

export { isPublicField } from '@iamgate/policy/contracts';
