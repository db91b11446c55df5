import { NoSchemaIntrospectionCustomRule, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { RequestLimits } from '../config/gateway-config.js';
import { IamError } from '../errors/iam-error.js';
import { countTokens } from './count-tokens.js';
import { maxAliasesRule, maxDepthRule } from './limit-rules.js';
import { operationCost } from './operation-cost.js';

/** Options of `useRequestLimits`. */
export interface RequestLimitsOptions {
  limits: RequestLimits;
  introspection: boolean;
  /** The page size a connection uses when `first` is absent; the cost estimate assumes it. */
  defaultPageSize: number;
}

/**
 * Refuses operations that are too long (tokens), too deep, too aliased or too costly, and introspection when it is
 * turned off. Token counting happens before parsing and cost estimation at execution, where variables are known.
 */
export function useRequestLimits({ limits, introspection, defaultPageSize }: RequestLimitsOptions): Plugin {
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
    onValidate({ addValidationRule }) {
      addValidationRule(maxDepthRule(limits.maxDepth));
      addValidationRule(maxAliasesRule(limits.maxAliases));
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
