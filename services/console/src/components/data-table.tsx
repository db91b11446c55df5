import type { ReactNode } from 'react';

/**
 * A table as the console shows them: its caption for screen readers (it names the table), its column headers, and
 * an unlabelled last column of row buttons when `rowActions` is set; `children` are the body's rows. `className`
 * adds to the `table` class.
 */
export function DataTable({
  caption,
  columns,
  rowActions = false,
  className,
  children,
}: {
  caption: string;
  columns: string[];
  rowActions?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={className === undefined ? 'table' : `table ${className}`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          {rowActions && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
