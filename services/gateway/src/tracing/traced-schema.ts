import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** Wraps one root field's resolver; called for every root field of the schema. */
export type RootFieldWrapper = (
  resolve: GraphQLFieldResolver<unknown, unknown>,
) => GraphQLFieldResolver<unknown, unknown>;

/**
 * A copy of `schema` whose root fields (Query, Mutation, Subscription) run through `wrap`, for a span per root
 * field. A copy, not the schema itself: the schema module is shared by every gateway in a process, and wrapping
 * its resolvers in place (as `@envelop/on-resolve` does) would trace, or slow down, gateways that do not trace.
 * Only root fields: they are where authorization and the store's work happen; nested fields read memory, and a
 * span each would multiply spans by the page size.
 */
export function tracedSchema(schema: GraphQLSchema, wrap: RootFieldWrapper): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.ROOT_FIELD]: (field) => ({
      ...field,
      resolve: wrap((field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>),
    }),
  });
}
