import type { ArgBuilder } from '@pothos/core';
import { limits } from '../../hardening/argument-limits.js';
import type { GatewaySchemaTypes } from '../builder.js';

type Types = PothosSchemaTypes.ExtendDefaultTypes<GatewaySchemaTypes>;

/**
 * The page arguments of every list. Lists are paginated forward only (`first`, `after`), which is what the
 * store's keyset pagination serves; connections follow the Relay connection spec otherwise.
 */
export function pageArgs(arg: ArgBuilder<Types>) {
  return {
    first: arg.int({
      description:
        'Page size, 1-1000 (default 100; AWS calls it `MaxItems`), at most `IAMGATE_MAX_PAGE_SIZE`.',
      ...limits({ pageSize: true }),
    }),
    after: arg.string({ description: 'The `endCursor` of the previous page (AWS calls it `Marker`).' }),
  };
}

/** Page arguments plus AWS's path prefix filter and a case-insensitive name search. */
export function listArgs(arg: ArgBuilder<Types>) {
  return {
    ...pageArgs(arg),
    pathPrefix: arg.string({
      description: 'Only entities whose path starts with this, e.g. `/division_abc/`.',
    }),
    nameContains: arg.string({ description: 'Only entities whose name contains this, ignoring case.' }),
  };
}
