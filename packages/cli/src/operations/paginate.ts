import { type CommandLine, singleValue } from '../args/command-line.js';
import { UsageError } from '../usage-error.js';

/** The gateway's page size when `first` is not sent (`pageArgs` in the gateway's schema). */
const GATEWAY_DEFAULT_PAGE_SIZE = 100;
/** The largest `first` the gateway takes (`IAMGATE_MAX_PAGE_SIZE` may lower it). */
const GATEWAY_MAX_PAGE_SIZE = 1000;

/** How a paginated command fetches its pages, from `--max-items`, `--page-size`, `--starting-token`, `--no-paginate`. */
export interface Paging {
  /** Every page, merged (the default); false for one page as the gateway answers it. */
  auto: boolean;
  /** At most this many items in all; a `nextToken` resumes after them. */
  maxItems: number | undefined;
  /** `first` of each request. */
  pageSize: number | undefined;
  /** `after` of the first request: a `nextToken` printed before, or a page's `endCursor`. */
  startingToken: string | undefined;
}

function positiveInt(line: CommandLine, flag: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const value = singleValue(line, flag);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`\`--${flag}\` takes a whole number from 1 to ${max}, got \`${value}\``);
  }
  return Number(value);
}

/**
 * The paging of a paginated command's line, as the AWS CLI reads it: automatic unless `--no-paginate`, and off
 * when the operation's own `--first` or `--after` are given (then the command is the plain operation, as the AWS
 * CLI turns pagination off when `--marker` is given); mixing those with the paging options is a usage error.
 */
export function pagingOf(line: CommandLine): Paging {
  const maxItems = positiveInt(line, 'max-items');
  const pageSize = positiveInt(line, 'page-size', GATEWAY_MAX_PAGE_SIZE);
  const startingToken = singleValue(line, 'starting-token');
  const paging = maxItems !== undefined || pageSize !== undefined || startingToken !== undefined;
  if (line.options.has('first') || line.options.has('after')) {
    if (paging) {
      throw new UsageError(
        '`--first` and `--after` fetch one page as given; use `--max-items`, `--page-size` and `--starting-token` without them',
      );
    }
    return { auto: false, maxItems: undefined, pageSize: undefined, startingToken: undefined };
  }
  const auto = !line.options.has('no-paginate');
  if (!auto && maxItems !== undefined) {
    throw new UsageError('`--max-items` counts items across pages; with `--no-paginate` use `--page-size`');
  }
  return { auto, maxItems, pageSize, startingToken };
}

type Page = Record<string, unknown> & { pageInfo: { hasNextPage: boolean; endCursor?: string | null } };

function asPage(value: unknown): Page {
  const pageInfo = (value as { pageInfo?: unknown } | null)?.pageInfo;
  if (typeof pageInfo !== 'object' || pageInfo === null) {
    throw new Error('a paginated operation answered without `pageInfo`');
  }
  return value as Page;
}

/** The items of a page: its edges, or the entities of all its lists (`getAccountAuthorizationDetails`). */
function itemCount(page: Page): number {
  return Object.values(page).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
}

/** Each list of `page` appended to the same list of `merged`; anything else is the first page's. */
function mergeInto(merged: Record<string, unknown>, page: Page): void {
  for (const [key, value] of Object.entries(page)) {
    const before = merged[key];
    if (Array.isArray(value) && Array.isArray(before)) merged[key] = [...before, ...value];
    else if (!(key in merged)) merged[key] = value;
  }
}

/**
 * Runs a paginated operation as the AWS CLI's paginators do. With `auto`, pages are requested with `after` set to
 * the previous page's `endCursor` until `pageInfo.hasNextPage` is false, and merged: every list of the result
 * (a connection's `edges`, or each entity list of `getAccountAuthorizationDetails`) holds the items of all pages, and
 * `pageInfo` is left out. With `maxItems`, the last request asks for just the items still wanted (`first`), so the
 * result ends on a page boundary and the `endCursor` of that page resumes exactly after it: printed as `nextToken`
 * when more items follow, and taken back as `--starting-token`. Without `auto`, one request, answered as it is.
 *
 * @example
 * await fetchPages((v) => client.api.listUsers(v), {}, { auto: true, maxItems: 250, pageSize: 100 });
 * // three requests (first: 100, 100, 50): { edges: [...250 edges], nextToken: '...' } when more users exist
 */
export async function fetchPages(
  call: (variables: Record<string, unknown>) => Promise<unknown>,
  variables: Readonly<Record<string, unknown>>,
  paging: Paging,
): Promise<unknown> {
  const request = (first: number | undefined, after: string | undefined) =>
    call({
      ...variables,
      ...(first === undefined ? {} : { first }),
      ...(after === undefined ? {} : { after }),
    });
  if (!paging.auto) return request(paging.pageSize, paging.startingToken);

  const merged: Record<string, unknown> = {};
  let after = paging.startingToken;
  let count = 0;
  let nextToken: string | undefined;
  for (;;) {
    const remaining = paging.maxItems === undefined ? undefined : paging.maxItems - count;
    const wanted =
      remaining !== undefined && remaining < (paging.pageSize ?? GATEWAY_DEFAULT_PAGE_SIZE)
        ? remaining
        : undefined;
    const page = asPage(await request(wanted ?? paging.pageSize, after));
    mergeInto(merged, page);
    count += itemCount(page);
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage || typeof endCursor !== 'string') break;
    if (paging.maxItems !== undefined && count >= paging.maxItems) {
      nextToken = endCursor;
      break;
    }
    // INVARIANT: every request starts after the previous page, so a gateway that repeated a cursor would loop.
    if (endCursor === after) throw new Error('the gateway answered the same page twice');
    after = endCursor;
  }
  delete merged.pageInfo;
  return nextToken === undefined ? merged : { ...merged, nextToken };
}
