import { lineDiff, prettyPolicy } from './line-diff.js';

/** Two versions of a policy side by side in one column: removed lines, then added ones, with line numbers. */
export function VersionDiff({ before, after, caption }: { before: string; after: string; caption: string }) {
  const lines = lineDiff(prettyPolicy(before), prettyPolicy(after));
  const changed = lines.filter((l) => l.kind !== 'same').length;
  return (
    <figure className="diff">
      <figcaption>
        {caption}: {changed === 0 ? 'no difference' : `${changed} line${changed === 1 ? '' : 's'} changed`}
      </figcaption>
      <table className="diff-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Old line</th>
            <th scope="col">New line</th>
            <th scope="col">Change</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i} className={`diff-${l.kind}`}>
              <td>{l.oldLine ?? ''}</td>
              <td>{l.newLine ?? ''}</td>
              <td>{l.kind === 'added' ? '+' : l.kind === 'removed' ? '−' : ''}</td>
              <td>
                <code>{l.text}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
