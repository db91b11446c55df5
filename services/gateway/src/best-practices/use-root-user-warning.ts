import { type ExecutionArgs, type FieldNode, getArgumentValues, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GatewayContext } from '../context/gateway-context.js';
import type { Logger } from '../logging/logger.js';

/** The warning a response of the root user carries in `extensions.warnings`. */
export interface RootUserWarning {
  code: 'RootUserUsed';
  message: string;
  documentationUrl: string;
}

/** AWS's advice, as a warning: the root user is for the few tasks only it can do. */
export const ROOT_USER_WARNING: RootUserWarning = Object.freeze({
  code: 'RootUserUsed',
  message:
    'this request used the root user, which can do anything in the account: use it only for the tasks that need ' +
    'it, and an administrator user or role for everything else',
  documentationUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html',
});

/** How many root sessions each instance remembers having logged (the oldest is forgotten first). */
const LOGGED_SESSIONS = 10_000;

/** The response names of the operation's `signIn` fields called with root credentials (`input.root`). */
function rootSignIns(args: ExecutionArgs): string[] {
  const operation = getOperationAST(args.document, args.operationName);
  const signIn = args.schema.getMutationType()?.getFields().signIn;
  if (operation?.operation !== 'mutation' || signIn === undefined) return [];
  const fields = operation.selectionSet.selections.filter(
    (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'signIn',
  );
  return fields.flatMap((node) => {
    try {
      const values = getArgumentValues(signIn, node, args.variableValues ?? {}) as {
        input?: { root?: unknown };
      };
      return values.input?.root != null ? [node.alias?.value ?? node.name.value] : [];
    } catch {
      return []; // arguments execution refuses anyway
    }
  });
}

/**
 * Warns whenever the root user is used, as AWS's best practices ask (`IAM/latest/UserGuide/id_root-user.html`):
 * every response to a request of a root session, and the response of a successful root sign-in by password, carry
 * `extensions.warnings: [{ code: 'RootUserUsed', ... }]`; the log gets one `root user used` line per root session
 * (and per root sign-in), not one per request. A root sign-in with an access key is warned about from the session's
 * first request, since its input does not say whose key it is.
 */
export function useRootUserWarning(logger: Logger): Plugin {
  const logged = new Set<string>();
  const logOnce = (sessionId: string, fields: Record<string, unknown>) => {
    if (logged.has(sessionId)) return;
    if (logged.size >= LOGGED_SESSIONS) logged.delete(logged.values().next().value as string);
    logged.add(sessionId);
    logger.warn('root user used', { sessionId, ...fields });
  };
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as unknown as GatewayContext;
      const principal = ctx.caller?.principal;
      const rootSession = principal?.type === 'root';
      const signIns = rootSession ? [] : rootSignIns(args);
      if (!rootSession && signIns.length === 0) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return; // an incremental stream: not ours to change
          if (principal !== undefined && rootSession) {
            logOnce(principal.sessionId, { accountId: principal.accountId, requestId: ctx.requestId });
          } else {
            const data = (result.data ?? {}) as Record<string, unknown>;
            const signedIn = signIns.filter((name) => data[name] != null);
            if (signedIn.length === 0) return;
            logger.warn('root user used', { requestId: ctx.requestId, signIn: true });
          }
          const warnings = [
            ...((result.extensions?.warnings as unknown[] | undefined) ?? []),
            ROOT_USER_WARNING,
          ];
          setResult({ ...result, extensions: { ...result.extensions, warnings } });
        },
      };
    },
  };
}
