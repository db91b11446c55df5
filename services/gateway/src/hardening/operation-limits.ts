import { type DocumentNode, GraphQLError, Kind } from 'graphql';
import type { RequestLimits } from '../config/gateway-config.js';
import { ERROR_STATUS } from '../errors/error-codes.js';
import { SelectionMeasures } from './selection-measures.js';

/** A validation error with our `QueryTooComplex` code; yoga answers 400 for validation errors. */
function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QueryTooComplex', http: { status: ERROR_STATUS.QueryTooComplex } },
  });
}

/** What `checkDocumentLimits` found: why the document is refused (nothing when it is not), and its selections. */
export interface DocumentLimitCheck {
  errors: GraphQLError[];
  /** Fields and fragment spreads of the document, fragments expanded (saturated past the limit). */
  selections: number;
}

/**
 * Why a document is too big to validate and run, or nothing. Operations may be at most `maxDepth` fields deep and
 * use at most `maxAliases` aliases (aliases let one request repeat an expensive field, or a sign-in attempt, many
 * times); the documents of one request (a batch) may hold at most `maxSelections` fields and fragment spreads in
 * all, `selectedBefore` being those of the batch's earlier documents. Fragments are expanded as they would run,
 * each measured once, so this takes linear time.
 *
 * The selection count bounds GraphQL's own validation: `OverlappingFieldsCanBeMergedRule` compares the fields and
 * fragments a selection set merges pairwise, which is quadratic in their number (a 1,100-token document of
 * repeated fields, or 250 fragments, takes it ~50 ms). It is counted over the whole document, unused fragments
 * included, since validation visits every definition, and over the whole batch, since each document is validated.
 */
export function checkDocumentLimits(
  document: DocumentNode,
  limits: Pick<RequestLimits, 'maxDepth' | 'maxAliases' | 'maxSelections'>,
  selectedBefore = 0,
): DocumentLimitCheck {
  const measures = new SelectionMeasures(document, {
    aliases: limits.maxAliases + 1,
    selections: limits.maxSelections + 1,
  });
  const errors: GraphQLError[] = [];
  let selections = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const measure = measures.of(definition.selectionSet);
    if (measure.depth > limits.maxDepth) {
      errors.push(
        tooComplex(
          `the operation is ${measure.depth} levels deep, more than the limit of ${limits.maxDepth}`,
        ),
      );
    }
    if (measure.aliases > limits.maxAliases) {
      errors.push(tooComplex(`the operation uses more than ${limits.maxAliases} aliases`));
    }
    selections += measure.selections;
  }
  selections += measures.unspreadSelections();
  if (selectedBefore + selections > limits.maxSelections) {
    errors.push(
      tooComplex(`the request holds more than ${limits.maxSelections} fields and fragment spreads`),
    );
  }
  return { errors, selections };
}
