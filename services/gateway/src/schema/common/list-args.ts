import type { ListFilter } from '@iamgate/store';

/** Page and filter arguments as GraphQL hands them over (`null` for absent). */
export interface ListArgs {
  first?: number | null;
  after?: string | null;
  pathPrefix?: string | null;
  nameContains?: string | null;
}

/** The store's list filter for GraphQL list arguments. */
export function listFilter(args: ListArgs): ListFilter {
  const filter: ListFilter = {};
  if (args.first != null) filter.first = args.first;
  if (args.after != null) filter.after = args.after;
  if (args.pathPrefix != null) filter.pathPrefix = args.pathPrefix;
  if (args.nameContains != null) filter.nameContains = args.nameContains;
  return filter;
}
