import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** Options of one call. */
export interface CallOptions {
  /** Aborts the call, retries and their waits included. */
  signal?: AbortSignal;
}

/** Options of one subscription. */
export interface SubscriptionOptions extends CallOptions {
  /** Called on every chunk the gateway sends, keep-alive pings included: a sign of life of a quiet stream. */
  onActivity?: () => void;
}

/** The arguments after the document or method: variables (optional when none is required), then options. */
export type RequestArgs<V> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "a call without variables" here
  {} extends V ? [variables?: V, options?: CallOptions] : [variables: V, options?: CallOptions];

/**
 * What a method takes for variables `V`: an operation whose only argument is `input` (`createUser(input:)`) takes
 * the input itself, `client.api.createUser({ userName })`; any other takes its variables as they are.
 */
export type MethodInput<V> = V extends { input: infer I }
  ? [Exclude<keyof V, 'input'>] extends [never]
    ? I
    : V
  : V;

/** The value of an operation's one root field: what `client.api.getUser(...)` resolves to. */
export type FieldResult<R> = R[keyof R];

/** The method for a typed document. */
export type OperationMethod<D> =
  D extends TypedDocumentNode<infer R, infer V>
    ? (...args: RequestArgs<MethodInput<V>>) => Promise<FieldResult<R>>
    : never;

/** The method for a typed subscription document: an async iterable of the root field's values. */
export type SubscriptionMethod<D> =
  D extends TypedDocumentNode<infer R, infer V>
    ? (...args: SubscriptionArgs<MethodInput<V>>) => AsyncGenerator<FieldResult<R>>
    : never;

/** The arguments of a subscription: variables (optional when none is required), then options. */
export type SubscriptionArgs<V> =
  // biome-ignore lint/complexity/noBannedTypes: `{}` is exactly "a call without variables" here
  {} extends V
    ? [variables?: V, options?: SubscriptionOptions]
    : [variables: V, options?: SubscriptionOptions];

/** One method per subscription of `M`, with the same TSDoc. */
export type SubscriptionMethods<M> = { readonly [K in keyof M]: SubscriptionMethod<M[K]> };

/** One method per operation of `M` (a map of typed documents by root field name), with the same TSDoc. */
export type ApiMethods<M> = { readonly [K in keyof M]: OperationMethod<M[K]> };
