import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** GraphQL's suggestion, always at the end of a message: ` Did you mean "a", "b", or "c"?`. */
const SUGGESTION = / Did you mean [\s\S]*\?$/;

/** The error without its suggestion (the same error when it has none). */
function withoutSuggestion(error: GraphQLError): GraphQLError {
  if (!SUGGESTION.test(error.message)) return error;
  return new GraphQLError(error.message.replace(SUGGESTION, ''), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/**
 * Leaves GraphQL's "Did you mean ...?" suggestions out of every error: validation errors (unknown fields,
 * arguments, types, enum values), with graphql's own `hideSuggestions` option, and variable coercion errors
 * (unknown input fields, enum values), whose executor does not pass that option on to all of its coercion, so
 * their suggestions are cut off the messages. Used when introspection is off, since suggestions would otherwise
 * list the schema's names one typo at a time.
 */
export function useNoSuggestions(): Plugin {
  return {
    onValidate({ validateFn, setValidationFn }) {
      // graphql 16.15's order: options fourth, the deprecated TypeInfo fifth.
      setValidationFn((schema, document, rules, options, typeInfo) =>
        validateFn(schema, document, rules, { ...options, hideSuggestions: true }, typeInfo),
      );
    },
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        // `hideSuggestions` is graphql's (16.15) but not in envelop's copy of the argument type.
        const hidden = { ...args, hideSuggestions: true };
        return executeFn(hidden);
      });
      return {
        onExecuteDone({ result, setResult }) {
          if (!('errors' in result) || result.errors === undefined) return;
          setResult({ ...result, errors: result.errors.map(withoutSuggestion) });
        },
      };
    },
  };
}
