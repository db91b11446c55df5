export type { FieldAuthorization, GraphQLIamgateState } from './authorize-operation.js';
export type { SelectedField } from './collect-fields.js';
export {
  type AuthenticatedFieldRequest,
  defaultFieldTarget,
  defaultIsPublic,
  type FieldExtension,
  type FieldRequest,
  type FieldTarget,
} from './field-target.js';
export type { FieldDecisionSummary, GraphQLDenialCode } from './graphql-errors.js';
export {
  type ExecutionHookPayload,
  type IamgatePlugin,
  type UseIamgateOptions,
  useIamgate,
} from './use-iamgate.js';
