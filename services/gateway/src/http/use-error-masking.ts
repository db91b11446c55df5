import type { Plugin } from 'graphql-yoga';
import { toClientError } from '../errors/to-client-error.js';
import type { Logger } from '../logging/logger.js';

/**
 * Turns execution errors into what a client may see (see `toClientError`). Running this before yoga's own masking
 * lets the log line and the client's error share the request id, which yoga's masking cannot see.
 */
export function useErrorMasking(logger: Logger): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult, args }) {
          if (!('errors' in result) || result.errors === undefined || result.errors.length === 0) return;
          const requestId = (args.contextValue as { requestId?: string }).requestId;
          setResult({
            ...result,
            errors: result.errors.map((error) => toClientError(error, logger, requestId)),
          });
        },
      };
    },
  };
}
