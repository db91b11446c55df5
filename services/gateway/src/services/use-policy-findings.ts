import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context/gateway-context.js';
import { collectedPolicyFindings } from './account-catalog.js';

/**
 * Puts the warnings of the policies a request wrote (`notePolicyFindings`) in its response, as
 * `extensions.policyFindings: [{ path, findings }]`, one entry per field that wrote a policy: the write succeeded,
 * and these say what the policy may not do as meant, as IAM Access Analyzer's checks do beside the IAM console's
 * policy editor.
 */
export function usePolicyFindings(): Plugin {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as unknown as GatewayContext;
      if (ctx.caller === undefined) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const entries = collectedPolicyFindings(ctx.facts);
          if (entries === undefined || entries.length === 0) return;
          setResult({ ...result, extensions: { ...result.extensions, policyFindings: entries } });
        },
      };
    },
  };
}
