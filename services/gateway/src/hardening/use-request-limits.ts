import { NoSchemaIntrospectionCustomRule, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../config/gateway-config.js';
import { IamError } from '../errors/iam-error.js';
import { countTokens } from './count-tokens.js';
import { operationCost } from './operation-cost.js';
import { checkDocumentLimits } from './operation-limits.js';

/** Options of `useRequestLimits`. */
export interface RequestLimitsOptions {
  limits: RequestLimits;
  introspection: boolean;
  /** The page size a connection uses when `first` is absent; the cost estimate assumes it. */
  defaultPageSize: number;
}

/**
 * Refuses operations that are too long (tokens), too deep, too aliased, too wide or too costly, and introspection
 * when it is turned off. Token counting happens before parsing; depth, aliases and fields before GraphQL's own
 * validation rules (so a refused document never reaches their super-linear cases); cost estimation at execution,
 * where variables are known.
 */
export function useRequestLimits({ limits, introspection, defaultPageSize }: RequestLimitsOptions): Plugin {
  /** Selections validated so far for each HTTP request: a batch shares one allowance. */
  const selected = new WeakMap<object, number>();
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        const text = typeof source === 'string' ? source : source.body;
        if (countTokens(text, limits.maxTokens) > limits.maxTokens) {
          throw new IamError('QueryTooComplex', `the document has more than ${limits.maxTokens} tokens`);
        }
        return parse(source, options);
      });
    },
    onValidate({ params, context, addValidationRule, setResult }) {
      const request = (context as { request?: object }).request;
      const before = request === undefined ? 0 : (selected.get(request) ?? 0);
      const { errors, selections } = checkDocumentLimits(params.documentAST, limits, before);
      if (request !== undefined) selected.set(request, before + selections);
      if (errors.length > 0) {
        setResult(errors);
        return;
      }
      if (!introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(
        args.schema,
        args.document,
        args.operationName,
        args.variableValues,
        defaultPageSize,
      );
      if (cost > limits.maxCost) {
        setResultAndStopExecution({
          errors: [
            new IamError(
              'QueryTooComplex',
              `the operation costs ${cost}, more than the limit of ${limits.maxCost}`,
            ),
          ],
        });
      }
    },
  };
}
