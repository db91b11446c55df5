import type { ContextValue, Decision } from '@iamgate/policy';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import type { AuthorizationInput, Authorizer } from '../authorize/authorizer.js';
import { type RequestFacts, transportFacts } from '../context/request-facts.js';
import type { ProxyTrust } from '../context/trust-proxy.js';
import { authenticate } from '../core/authenticate.js';
import { decideAll } from '../core/decide.js';
import { type GateHooks, reportError } from '../core/hooks.js';
import type { TokenVerifier } from '../token/create-token-verifier.js';
import type { VerifiedPrincipal } from '../token/verified-principal.js';
import { collectFields, type SelectedField } from './collect-fields.js';
import { fieldQuestions } from './field-questions.js';
import {
  type AuthenticatedFieldRequest,
  type FieldRequest,
  type FieldTarget,
  fieldRequest,
} from './field-target.js';
import * as errors from './graphql-errors.js';

/** One checked field and its decision, as resolvers see it in `context.iamgate.fields`. */
export interface FieldAuthorization {
  path: string;
  action: string;
  resource: string;
  decision: Decision;
  revision?: number;
}

/** What resolvers receive in `context.iamgate`. `principal` is absent when every field was public and no token came. */
export interface GraphQLIamgateState {
  principal?: VerifiedPrincipal;
  fields: FieldAuthorization[];
}

/** The compiled settings the plugin authorizes with. */
export interface OperationAuthorizer extends GateHooks {
  verifier: TokenVerifier;
  authorizer: Authorizer;
  trust: ProxyTrust;
  clock: () => Date;
  maxFields: number;
  exposeReasons: boolean;
  isPublic: (field: FieldRequest) => boolean;
  target: (field: AuthenticatedFieldRequest) => FieldTarget;
  context?: (principal: VerifiedPrincipal, graphqlContext: unknown) => Record<string, ContextValue>;
}

/** What to do with an operation: run it (with the state to put in context), not interfere, or refuse it. */
export type OperationOutcome =
  | { kind: 'allowed'; state: GraphQLIamgateState }
  | { kind: 'not-executable' }
  | { kind: 'refused'; error: GraphQLError };

/** The operation to authorize: execution arguments, plus the facts of the HTTP request that carried it. */
export interface OperationInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variableValues?: Readonly<Record<string, unknown>> | null;
  contextValue: unknown;
  facts: RequestFacts | undefined;
}

const NO_TRANSPORT: RequestFacts = { method: 'POST', url: '/', header: () => undefined, secure: false };

// A target or public function of the app threw: its bug, reported to onError, never shown to the client.
const mappingFailed = (): OperationOutcome => ({
  kind: 'refused',
  error: errors.failure('ServiceFailure', 'the operation could not be mapped to actions'),
});

function nearestTarget(
  field: SelectedField,
  targets: Map<SelectedField, FieldTarget>,
): FieldTarget | undefined {
  for (let p = field.parent; p !== undefined; p = p.parent) {
    const target = targets.get(p);
    if (target !== undefined) return target;
  }
  return undefined;
}

/**
 * Authorizes every field of an operation before any resolver runs. Identical questions (same action and resource,
 * no field-specific context) are asked once. One field refused refuses the whole operation.
 */
export async function authorizeOperation(
  a: OperationAuthorizer,
  input: OperationInput,
): Promise<OperationOutcome> {
  const { facts } = input;
  const collected = collectFields(
    input.schema,
    input.document,
    input.operationName,
    input.variableValues,
    a.maxFields,
  );
  if (collected.kind === 'not-executable') return collected;
  if (collected.kind === 'too-many') return { kind: 'refused', error: errors.tooLarge(collected.limit) };
  const kind = collected.operation.operation;
  const all = collected.fields.map((selected) => ({ selected, request: fieldRequest(selected, kind) }));
  let checked: typeof all;
  try {
    checked = all.filter((f) => !a.isPublic(f.request));
  } catch (error) {
    reportError(a, error, 'route');
    return mappingFailed();
  }
  const authorization = facts?.header('authorization');
  if (checked.length === 0 && authorization === undefined) return { kind: 'allowed', state: { fields: [] } };

  const authentication = await authenticate(a.verifier, authorization, a);
  if (authentication.kind === 'failed')
    return { kind: 'refused', error: errors.authenticationFailed(authentication.error) };
  const { principal } = authentication;

  const targets = new Map<SelectedField, FieldTarget>();
  let base: Record<string, ContextValue> | undefined;
  try {
    for (const { selected, request } of checked) {
      const parentTarget = nearestTarget(selected, targets);
      const target = a.target(
        parentTarget ? { ...request, principal, parentTarget } : { ...request, principal },
      );
      targets.set(selected, target);
    }
    base = a.context?.(principal, input.contextValue);
  } catch (error) {
    reportError(a, error, 'route');
    return mappingFailed();
  }

  const transport = transportFacts(a.trust, facts ?? NO_TRANSPORT, a.clock());
  const { inputs, slots } = fieldQuestions(
    checked.map(({ selected }) => targets.get(selected) as FieldTarget),
    principal,
    transport,
    base,
    authentication.token,
  );
  const results = await decideAll(a.authorizer, inputs, a);

  const fields: FieldAuthorization[] = [];
  for (let i = 0; i < checked.length; i++) {
    const slot = slots[i] as number;
    const result = results[slot];
    if (result === undefined || result.kind === 'stale') {
      return {
        kind: 'refused',
        error: errors.failure('ServiceUnavailable', 'no current decision could be made'),
      };
    }
    const { action, resource } = inputs[slot] as AuthorizationInput;
    const path = (checked[i]?.selected.path ?? []).join('.');
    const field: FieldAuthorization = { path, action, resource, decision: result.decision };
    if (result.revision !== undefined) field.revision = result.revision;
    fields.push(field);
  }
  const firstDenied = fields.find((f) => f.decision.decision !== 'Allow');
  if (firstDenied === undefined) return { kind: 'allowed', state: { principal, fields } };
  return { kind: 'refused', error: errors.accessDenied(principal.arn, firstDenied, fields, a.exposeReasons) };
}
