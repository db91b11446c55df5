import type { SQL } from 'drizzle-orm';
import { nonEmpty } from '../db/execute.js';
import type { Executor } from '../db/types.js';
import { StoreError } from '../errors.js';

/**
 * Refuses to delete an entity that still has dependents, as AWS does (`API_DeleteUser.html`, `API_DeleteRole.html`,
 * `API_DeleteGroup.html`, `API_DeletePolicy.html`): `DeleteConflict` naming every non-empty check, in one
 * statement. `checks` maps the name of a kind of dependent to a subquery that returns a row when one exists.
 */
export async function refuseDeleteInUse(
  db: Executor,
  entity: string,
  subject: string,
  checks: Record<string, SQL>,
): Promise<void> {
  const blocking = await nonEmpty(db, checks);
  if (blocking.length > 0) {
    throw new StoreError('DeleteConflict', `${entity} \`${subject}\` still has ${blocking.join(', ')}`, {
      details: { entity, dependents: blocking },
    });
  }
}
