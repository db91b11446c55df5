import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import { mapError } from '../../src/db/map-error.js';

/** A driver error as postgres.js shapes it. */
function pgError(code: string, constraint?: string, message = 'boom') {
  return Object.assign(new Error(message), { code, ...(constraint ? { constraint_name: constraint } : {}) });
}

describe('mapping database errors', () => {
  it('maps SQLSTATEs to stable codes, unwrapping Drizzle’s error and keeping the driver error as cause', () => {
    const driver = pgError('23505', 'users_account_name_uq');
    const wrapped = new DrizzleQueryError('insert into users ... values ($1)', ['secret-param'], driver);
    const mapped = mapError(wrapped, 'alice');
    expect(mapped).toMatchObject({
      code: 'EntityAlreadyExists',
      details: { constraint: 'users_account_name_uq' },
    });
    expect(mapped.message).toBe('user `alice` already exists');
    expect(mapped.message).not.toContain('secret-param');
    expect(mapped.cause).toBe(driver);
  });

  it('covers foreign keys, checks, serialization failures and the rest', () => {
    expect(
      mapError(pgError('23503', undefined, 'update or delete on table "users" violates foreign key')).code,
    ).toBe('DeleteConflict');
    expect(
      mapError(pgError('23503', undefined, 'insert or update on table "x" violates foreign key')).code,
    ).toBe('NoSuchEntity');
    expect(mapError(pgError('23514')).code).toBe('InvalidInput');
    expect(mapError(pgError('40001')).code).toBe('ConcurrentModification');
    expect(mapError(pgError('40P01')).code).toBe('ConcurrentModification');
    expect(mapError(pgError('XX000')).code).toBe('ServiceFailure');
    expect(mapError(new TypeError('bug')).code).toBe('ServiceFailure');
  });
});
