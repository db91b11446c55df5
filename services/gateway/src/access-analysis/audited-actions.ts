import type { GraphQLSchema } from 'graphql';
import { IAM_ACTION_EXTENSION } from '../authz/authz-plugin.js';

const bySchema = new WeakMap<GraphQLSchema, string[]>();

/**
 * The actions whose allowed calls the audit log records: the gateway's mutations (each is audited with its
 * change). Allowed reads and apps' `authorize` decisions are not audited, so whether those were used cannot be told
 * from the log, and unused access does not judge them.
 */
export function auditedActions(schema: GraphQLSchema): string[] {
  let actions = bySchema.get(schema);
  if (actions === undefined) {
    const found = new Set<string>();
    for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
      const action = field.extensions?.[IAM_ACTION_EXTENSION];
      if (typeof action === 'string' && action.includes(':')) found.add(action);
    }
    actions = [...found].sort();
    bySchema.set(schema, actions);
  }
  return actions;
}
