export { type ContextEntriesOptions, isPrincipalKey, toContextEntries } from './authorize/context-entries.js';
export type { AuthorizeOptions, AuthorizeRequest } from './authorize/remote-authorize.js';
export { type RemoteAuthorizer, remoteAuthorizer } from './authorize/remote-authorizer.js';
export { type RemoteDecision, toRemoteDecision } from './authorize/remote-decision.js';
export type {
  ApiMethods,
  CallOptions,
  FieldResult,
  MethodInput,
  RequestArgs,
  SubscriptionArgs,
  SubscriptionMethod,
  SubscriptionMethods,
  SubscriptionOptions,
} from './client/call-types.js';
export type { ClientOptions } from './client/client-options.js';
export { createClient, type IamgateClient } from './client/create-client.js';
export type {
  CredentialContext,
  CredentialProvider,
  ResolveOptions,
  SessionCredentials,
} from './credentials/credential-provider.js';
export { type AccessKeyCredentials, fromAccessKey } from './credentials/from-access-key.js';
export { type FromAssumeRoleOptions, fromAssumeRole } from './credentials/from-assume-role.js';
export {
  ENV_ACCESS_KEY_ID,
  ENV_ROLE_ARN,
  ENV_ROLE_SESSION_NAME,
  ENV_SECRET_ACCESS_KEY,
  ENV_SESSION_TOKEN,
  ENV_WEB_IDENTITY_TOKEN_FILE,
  type FromEnvOptions,
  fromEnv,
} from './credentials/from-env.js';
export {
  fromPassword,
  type MfaOptions,
  type PasswordCredentials,
  type RootPasswordCredentials,
  type UserPasswordCredentials,
} from './credentials/from-password.js';
export { fromSessionToken } from './credentials/from-session-token.js';
export { type FromWebIdentityOptions, fromWebIdentity } from './credentials/from-web-identity.js';
export { type FromWorkloadOptions, fromWorkload } from './credentials/from-workload.js';
export { type RefreshOptions, refreshingProvider } from './credentials/refreshing-provider.js';
export {
  type CredentialsInput,
  type SessionTokenCredentials,
  toCredentialProvider,
} from './credentials/to-provider.js';
export { withSession } from './credentials/with-session.js';
export {
  IAMGATE_ERROR_BRAND,
  IamgateError,
  type IamgateErrorCode,
  type IamgateErrorOptions,
} from './errors/iamgate-error.js';
export { type IamgateErrorByCode, isIamgateError } from './errors/is-iamgate-error.js';
export { SDK_ERROR_CODES, type SdkErrorCode } from './errors/sdk-error-codes.js';
export {
  InvalidConfigurationError,
  InvalidRequestError,
  MissingCredentialsError,
  NetworkError,
  type NetworkErrorOptions,
  type SdkErrorByCode,
  UnexpectedResponseError,
  UnrecognizedError,
} from './errors/sdk-errors.js';
export * from './generated/errors.js';
export * from './generated/graphql.js';
export { apiOperations, subscriptionOperations } from './generated/operation-map.js';
export type { LocalEvaluator, LocalEvaluatorStatus } from './local/local-evaluator.js';
export type { LocalEvaluatorOptions } from './local/local-evaluator-options.js';
export type {
  AuthorizationInput,
  AuthorizationResult,
  EvaluatorPrincipal,
  PolicySet,
} from './local/ports.js';
export {
  type PlanNodeInput,
  type PlannedResource,
  type PlanOptions,
  planToPredicate,
  type ResourcePlanInput,
  toResourcePlan,
} from './plan/resource-plan.js';
export type { FetchLike } from './transport/fetch-like.js';
export { trustedDocumentId } from './transport/request-body.js';
export {
  RETRYABLE_STATUSES,
  type RetryOptions,
  type RetryPolicy,
  retryPolicy,
} from './transport/retry-policy.js';
