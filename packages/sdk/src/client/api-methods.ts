import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, type OperationDefinitionNode } from 'graphql';
import type { ApiMethods, CallOptions, SubscriptionMethods, SubscriptionOptions } from './call-types.js';

/** Runs a typed document: the client's `request`. */
type Request = <R, V>(document: TypedDocumentNode<R, V>, variables?: V, options?: CallOptions) => Promise<R>;

/** Opens a typed subscription: the client's `subscribe`. */
type Subscribe = <R, V>(
  document: TypedDocumentNode<R, V>,
  variables?: V,
  options?: SubscriptionOptions,
) => AsyncGenerator<R>;

/** The root field an operation selects (its response key) and whether its only variable is `input`. */
function shapeOf(document: DocumentNode): { field: string; inputOnly: boolean } {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const root = operation?.selectionSet.selections[0];
  if (operation === undefined || root?.kind !== Kind.FIELD) {
    throw new Error('a generated operation must select one root field');
  }
  const variables = operation.variableDefinitions ?? [];
  return {
    field: root.alias?.value ?? root.name.value,
    inputOnly: variables.length === 1 && variables[0]?.variable.name.value === 'input',
  };
}

/**
 * The client's `api`: for each generated operation a method that takes its variables (or its lone `input`),
 * runs it and resolves to the value of its root field.
 */
export function apiMethods<M extends Record<string, DocumentNode>>(
  operations: M,
  request: Request,
): ApiMethods<M> {
  const methods: Record<string, (variables?: unknown, options?: CallOptions) => Promise<unknown>> = {};
  for (const [name, document] of Object.entries(operations)) {
    const { field, inputOnly } = shapeOf(document);
    methods[name] = async (variables, options) => {
      const data = await request(
        document as TypedDocumentNode<unknown, unknown>,
        inputOnly ? { input: variables ?? {} } : variables,
        options,
      );
      return (data as Record<string, unknown>)[field];
    };
  }
  return Object.freeze(methods) as ApiMethods<M>;
}

/**
 * The client's `subscriptions`: for each generated subscription a method that takes its variables (or its lone
 * `input`) and returns the stream of its root field's values.
 */
export function subscriptionMethods<M extends Record<string, DocumentNode>>(
  operations: M,
  subscribe: Subscribe,
): SubscriptionMethods<M> {
  const methods: Record<
    string,
    (variables?: unknown, options?: SubscriptionOptions) => AsyncGenerator<unknown>
  > = {};
  for (const [name, document] of Object.entries(operations)) {
    const { field, inputOnly } = shapeOf(document);
    methods[name] = async function* (variables, options) {
      const stream = subscribe(
        document as TypedDocumentNode<unknown, unknown>,
        inputOnly ? { input: variables ?? {} } : variables,
        options,
      );
      for await (const data of stream) yield (data as Record<string, unknown>)[field];
    };
  }
  return Object.freeze(methods) as SubscriptionMethods<M>;
}
