import { GraphQLError, Kind, type ValidationRule } from 'graphql';
import { ERROR_STATUS } from '../errors/error-codes.js';
import { fragmentsOf, selectionDepth } from './selection-walk.js';

/** A validation error with our `QueryTooComplex` code; yoga answers 400 for validation errors. */
function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QueryTooComplex', http: { status: ERROR_STATUS.QueryTooComplex } },
  });
}

/** Rejects operations nested deeper than `maxDepth` fields. */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const document = context.getDocument();
    const fragments = fragmentsOf(document);
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments);
        if (depth > maxDepth) {
          context.reportError(
            tooComplex(`the operation is ${depth} levels deep, more than the limit of ${maxDepth}`),
          );
        }
      },
    };
  };
}

/**
 * Rejects documents with more than `maxAliases` aliased fields: aliases let one request repeat an expensive field
 * (or a sign-in attempt) many times.
 */
export function maxAliasesRule(maxAliases: number): ValidationRule {
  return (context) => {
    let aliases = 0;
    let reported = false;
    return {
      [Kind.FIELD](field) {
        if (field.alias === undefined) return;
        aliases += 1;
        if (aliases > maxAliases && !reported) {
          reported = true;
          context.reportError(tooComplex(`the document uses more than ${maxAliases} aliases`));
        }
      },
    };
  };
}
