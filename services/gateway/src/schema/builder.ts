import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { IAM_AUTHZ_PLUGIN } from '../authz/authz-plugin.js';
import type { GatewayContext } from '../context/gateway-context.js';
import { ARGUMENT_LIMITS_PLUGIN } from '../hardening/argument-limits-plugin.js';
import { UNSTORABLE_TEXT_PLUGINS } from '../hardening/unstorable-text-plugins.js';

/** The Pothos schema types of the gateway. */
export interface GatewaySchemaTypes {
  Context: GatewayContext;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    ID: { Input: string; Output: string };
  };
}

/**
 * The one schema builder every domain folder (`users/`, `groups/`, ...) extends with its `types.ts`,
 * `queries.ts` and `mutations.ts`. Fields are non-null unless declared nullable; every field carries an `authz`
 * option on the root types (enforced by the authorization plugin).
 */
export const builder = new SchemaBuilder<GatewaySchemaTypes>({
  // Order matters: a plugin wraps the resolvers of those after it, so argument sizes are checked first, text is
  // escaped before authorization and refused after it.
  plugins: [
    RelayPlugin,
    ARGUMENT_LIMITS_PLUGIN,
    UNSTORABLE_TEXT_PLUGINS.escape,
    IAM_AUTHZ_PLUGIN,
    UNSTORABLE_TEXT_PLUGINS.refusal,
  ],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    pageInfoTypeOptions: {
      description: 'Where a page of a connection sits in the whole list (Relay connection spec).',
    },
    hasNextPageFieldOptions: {
      description: 'Whether more items follow; fetch them with `after: endCursor`.',
    },
    hasPreviousPageFieldOptions: { description: 'Always false: lists are paginated forward only.' },
    startCursorFieldOptions: { description: 'The cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last item of this page; pass it as `after`.' },
    cursorFieldOptions: { description: 'An opaque cursor that resumes the list after this item.' },
    nodeFieldOptions: { description: 'The item.' },
    edgesFieldOptions: { description: 'The items of this page with their cursors.' },
    pageInfoFieldOptions: { description: 'Pagination state of this page.' },
  },
});

builder.queryType({ description: 'Read operations of the iamgate IAM API.' });
builder.mutationType({ description: 'Write operations of the iamgate IAM API; each is audited.' });
