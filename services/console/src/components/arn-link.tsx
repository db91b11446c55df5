import { Link } from '../router/router.js';
import { entityPath } from '../session/arn.js';
import { useSession } from '../session/session-context.js';

/** An ARN, linked to its entity's page when it is one of the current account's users, groups, roles or policies. */
export function ArnLink({ arn, label }: { arn: string | null | undefined; label?: string }) {
  const { session } = useSession();
  if (arn == null || arn === '') return <span className="muted">-</span>;
  const account = session?.role?.accountId ?? session?.signedIn.accountId ?? '';
  const to = entityPath(arn, account);
  const text = label ?? arn;
  return to === undefined ? <code>{text}</code> : <Link to={to}>{text}</Link>;
}
