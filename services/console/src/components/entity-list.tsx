import type { IamgateClient } from '@iamgate/sdk';
import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { useAction, useQuery } from '../api/use-api.js';
import { navigate, useLocation } from '../router/router.js';
import { ConfirmDialog } from './confirm-dialog.js';
import { Loading } from './page.js';
import { DismissibleProblem } from './problem-notice.js';

/** One page of a list, as the gateway's connections give it. */
export interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface Column<T> {
  key: string;
  label: string;
  render: (item: T) => ReactNode;
  /** The value the column sorts by; not sortable without it. */
  sortValue?: (item: T) => string | number;
}

export interface EntityListProps<T> {
  /** The plural noun: `users`. */
  noun: string;
  columns: Column<T>[];
  rowKey: (item: T) => string;
  /** The name a person types to confirm deleting it. */
  nameOf: (item: T) => string;
  load: (
    client: IamgateClient,
    page: { first: number; after?: string; nameContains?: string },
  ) => Promise<Connection<T>>;
  remove?: (client: IamgateClient, item: T) => Promise<unknown>;
  /** What deleting also does, said in the confirmation. */
  removeWarning?: string;
}

const PAGE_SIZES = [10, 20, 50, 100];

/**
 * A list page's table, as the IAM console's: search by name (the gateway's `nameContains`, kept in the URL), sort
 * the loaded page by any column, pages by cursor, and delete the selected entity after typing its name.
 */
export function EntityList<T>({
  noun,
  columns,
  rowKey,
  nameOf,
  load,
  remove,
  removeWarning,
}: EntityListProps<T>) {
  const { path, query } = useLocation();
  const search = query.get('search') ?? '';
  const [draft, setDraft] = useState(search);
  const [pageSize, setPageSize] = useState(20);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const searchId = useId();
  const after = cursors.at(-1);
  const list = useQuery(
    (client) =>
      load(client, {
        first: pageSize,
        ...(after === undefined ? {} : { after }),
        ...(search === '' ? {} : { nameContains: search }),
      }).then(({ edges, pageInfo }) => ({ items: edges.map((e) => e.node), ...pageInfo })),
    [search, pageSize, after],
  );
  // A new search starts at the first page.
  useEffect(() => {
    setCursors([undefined]);
    setDraft(search);
  }, [search]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (draft !== search) {
        const q = new URLSearchParams(query);
        if (draft === '') q.delete('search');
        else q.set('search', draft);
        const qs = q.toString();
        navigate(`${path}${qs === '' ? '' : `?${qs}`}`, { replace: true });
      }
    }, 250);
    return () => clearTimeout(timer);
  }, [draft, search, path, query]);

  const rows = useMemo(() => {
    const items = list.data?.items ?? [];
    if (sort === undefined) return items;
    const column = columns.find((c) => c.key === sort.key);
    if (column?.sortValue === undefined) return items;
    const value = column.sortValue;
    return [...items].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (
        (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) *
        sort.dir
      );
    });
  }, [list.data, sort, columns]);
  const chosen = rows.find((r) => rowKey(r) === selected);

  return (
    <div className="entity-list">
      <div className="toolbar">
        <div className="field field-inline">
          <label htmlFor={searchId}>Search {noun}</label>
          <input
            id={searchId}
            type="search"
            value={draft}
            placeholder="Name contains"
            onChange={(e) => setDraft(e.target.value)}
          />
        </div>
        {remove && (
          <button
            type="button"
            className="button button-danger"
            disabled={chosen === undefined}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        )}
      </div>
      <DismissibleProblem read={list.problem} action={action} />
      <table className="table">
        <caption className="visually-hidden">
          {noun}, {rows.length} shown
        </caption>
        <thead>
          <tr>
            {remove && (
              <th scope="col">
                <span className="visually-hidden">Select</span>
              </th>
            )}
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={active ? (sort?.dir === 1 ? 'ascending' : 'descending') : undefined}
                >
                  {c.sortValue ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => setSort({ key: c.key, dir: active && sort?.dir === 1 ? -1 : 1 })}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (sort?.dir === 1 ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => {
            const key = rowKey(item);
            return (
              <tr key={key} className={key === selected ? 'selected' : undefined}>
                {remove && (
                  <td>
                    <input
                      type="radio"
                      name={`select-${noun}`}
                      aria-label={`Select ${nameOf(item)}`}
                      checked={key === selected}
                      onChange={() => setSelected(key)}
                    />
                  </td>
                )}
                {columns.map((c) => (
                  <td key={c.key}>{c.render(item)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {list.loading && <Loading what={noun} />}
      {!list.loading && rows.length === 0 && list.problem === undefined && (
        <p className="muted">{search === '' ? `No ${noun} yet.` : `No ${noun} match “${search}”.`}</p>
      )}
      <nav className="pager" aria-label={`Pages of ${noun}`}>
        <button
          type="button"
          className="button"
          disabled={cursors.length < 2}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          Previous page
        </button>
        <span>Page {cursors.length}</span>
        <button
          type="button"
          className="button"
          disabled={!list.data?.hasNextPage}
          onClick={() => {
            const next = list.data?.endCursor;
            if (next) setCursors((c) => [...c, next]);
          }}
        >
          Next page
        </button>
        <label>
          Per page{' '}
          <select
            value={pageSize}
            onChange={(e) => {
              setPageSize(Number(e.target.value));
              setCursors([undefined]);
            }}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </nav>
      {remove && chosen !== undefined && (
        <ConfirmDialog
          open={confirming}
          title={`Delete ${nameOf(chosen)}?`}
          confirmText={nameOf(chosen)}
          actionLabel="Delete"
          pending={action.pending}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false);
            await action.runThen(
              (client) => remove(client, chosen),
              () => {
                setSelected(undefined);
                list.reload();
              },
            );
          }}
        >
          <p>{removeWarning ?? 'This cannot be undone.'}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
