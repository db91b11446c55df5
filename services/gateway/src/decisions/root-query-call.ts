import {
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getArgumentValues,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import type { GatewayContext } from '../context/gateway-context.js';
import { IamError } from '../errors/iam-error.js';

/** Options of `rootQueryCall`. */
export interface RootQueryCallOptions {
  /**
   * Whether `variables` are already exactly what GraphQL's coercion would make of them (each value of its declared
   * type, no unknown fields, nothing to wrap or default), so coercing them would return them unchanged: a fast
   * path for the common, well-formed call. Anything it does not accept is coerced by GraphQL itself, with
   * GraphQL's own refusals.
   */
  canonical?: (variables: Record<string, unknown>) => boolean;
  /**
   * Leaves GraphQL's "Did you mean ...?" out of coercion errors, as `useNoSuggestions` does for GraphQL requests
   * when introspection is off: suggestions would list the schema's names one typo at a time.
   */
  hideSuggestions?: boolean;
}

/** A root query field callable outside GraphQL execution, held to the same rules as inside it. */
export interface RootQueryCall {
  /**
   * Coerces `variables` as GraphQL coerces an operation's variables (types, required fields, enum values, unknown
   * input fields refused with `ValidationError`), then runs the field's resolver as the executor would.
   */
  run(variables: Record<string, unknown>, ctx: GatewayContext): Promise<unknown>;
}

/**
 * Calls a root query field of the gateway's schema through the resolver GraphQL itself calls, wrapped by every
 * plugin: argument limits, unstorable text, authorization and the audit of a refusal. A plain HTTP endpoint that
 * answers the same question as a field (the decision endpoint answers `authorizeBatch`) thus cannot drift from it
 * in who may ask or what may be asked; it only skips parsing a query and building the response per field.
 *
 * `operation` is the field's operation with its arguments as variables, e.g.
 * `query($requests: [AuthorizeRequestInput!]!) { authorizeBatch(requests: $requests) { __typename } }`.
 */
export function rootQueryCall(
  schema: GraphQLSchema,
  operation: string,
  options: RootQueryCallOptions = {},
): RootQueryCall {
  const document = parse(operation, { noLocation: true });
  const definition = document.definitions[0] as OperationDefinitionNode;
  const fieldNode = definition.selectionSet.selections[0] as FieldNode;
  const queryType = schema.getQueryType();
  const field: GraphQLField<unknown, unknown> | undefined = queryType?.getFields()[fieldNode.name.value];
  if (queryType == null || field === undefined || definition.kind !== Kind.OPERATION_DEFINITION) {
    throw new Error(`\`${operation}\` does not select a root query field of the schema`);
  }
  const resolve = field.resolve;
  if (resolve === undefined) throw new Error(`\`${field.name}\` has no resolver`);
  const variableDefinitions = definition.variableDefinitions ?? [];
  const coerce = (variables: Record<string, unknown>): Record<string, unknown> => {
    const coerced = getVariableValues(schema, variableDefinitions, variables, {
      maxErrors: 1,
      hideSuggestions: options.hideSuggestions === true,
    });
    if (coerced.errors !== undefined) {
      throw new IamError('ValidationError', coerced.errors[0]?.message ?? 'the input is not valid');
    }
    return coerced.coerced;
  };
  return {
    async run(variables, ctx) {
      const values = options.canonical?.(variables) === true ? variables : coerce(variables);
      const args = getArgumentValues(field, fieldNode, values);
      const info: GraphQLResolveInfo = {
        fieldName: field.name,
        fieldNodes: [fieldNode],
        returnType: field.type,
        parentType: queryType,
        path: { prev: undefined, key: field.name, typename: queryType.name },
        schema,
        fragments: {},
        rootValue: undefined,
        operation: definition,
        variableValues: values,
      };
      return resolve(undefined, args, ctx, info);
    },
  };
}
