import type { Plugin } from 'graphql-yoga';

/**
 * Leaves GraphQL's "Did you mean ...?" suggestions out of every error: validation errors (unknown fields,
 * arguments, types, enum values) and variable coercion errors (unknown input fields, enum values), with graphql's
 * own `hideSuggestions` option. Used when introspection is off, since suggestions would otherwise list the
 * schema's names one typo at a time.
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
    },
  };
}
